using Functions.Http.Bodies;
using Functions.Http.Preconditions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Accounts;
using Portal.Domain.Accounts.Settings;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Accounts;

/// <summary>利用者登録変更 (guide 3-G, アカウント設定) for registered accounts.</summary>
public sealed class AccountSettingsFunctions(ResidentAuthenticator authenticator, JsonBodyReader json, AccountSettingsService settings)
{
    /// <summary>メール通知 on or off. If-Match is optional: without it the change applies over concurrent ones.</summary>
    [Function("UpdateSettings")]
    public async Task<IResult> UpdateSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "me/settings")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<SettingsUpdate>(request, cancellationToken);
        var stored = await settings.UpdateNotificationsAsync(resident, body.NotificationsEnabled, EntityTags.IfMatch(request), cancellationToken);
        request.HttpContext.Response.Headers.ETag = EntityTags.Strong(stored.ETag);
        return TypedResults.Ok(AccountViews.Me(stored.Document));
    }

    /// <summary>A code to the new address.</summary>
    [Function("StartEmailChange")]
    public async Task<IResult> StartEmailChange(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/email")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<EmailChangeRequest>(request, cancellationToken);
        var sent = await settings.StartEmailChangeAsync(resident, body.Email, cancellationToken);
        return TypedResults.Accepted((string?)null, AccountViews.Sent(sent));
    }

    /// <summary>The code from the new address changes it; the old address is told.</summary>
    [Function("ConfirmEmailChange")]
    public async Task<IResult> ConfirmEmailChange(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/email/confirm")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<ConfirmationCodeSubmission>(request, cancellationToken);
        return TypedResults.Ok(AccountViews.Me(await settings.ConfirmEmailChangeAsync(resident, body.Code, cancellationToken)));
    }

    /// <summary>The accepted terms' text, and whether a newer version is in effect.</summary>
    [Function("GetAccountTerms")]
    public async Task<IResult> GetTerms(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/terms")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var terms = await settings.GetTermsAsync(resident, cancellationToken);
        return TypedResults.Ok(new AccountTermsView(terms.Accepted.Version, terms.Accepted.AcceptedAt, terms.AcceptedText.Title,
            terms.AcceptedText.Body, terms.Current.Id, terms.NewerVersionAvailable));
    }

    /// <summary>Accepts the version now in effect.</summary>
    [Function("AcceptTerms")]
    public async Task<IResult> AcceptTerms(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/terms")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<TermsAcceptance>(request, cancellationToken);
        return TypedResults.Ok(AccountViews.Me(await settings.AcceptTermsAsync(resident, body.Version, cancellationToken)));
    }
}
