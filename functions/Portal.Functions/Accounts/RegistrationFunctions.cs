using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Accounts;
using Portal.Domain.Accounts.Registration;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Accounts;

/// <summary>利用者登録 (guide 2-B ❷–❻) for a pending account's registration token.</summary>
public sealed class RegistrationFunctions(ResidentAuthenticator authenticator, JsonBodyReader json, RegistrationService registration)
{
    /// <summary>❷–❸: notification choice, address and terms; e-mails a confirmation code.</summary>
    [Function("StartRegistration")]
    public async Task<IResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/registration")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<RegistrationRequest>(request, cancellationToken);
        var sent = await registration.StartAsync(resident, new RegistrationInput(body.Email, body.NotificationsEnabled, body.TermsVersion), cancellationToken);
        return TypedResults.Accepted((string?)null, AccountViews.Sent(sent));
    }

    /// <summary>❺: what will be registered.</summary>
    [Function("GetRegistration")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/registration")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var pending = await registration.GetPendingAsync(resident, cancellationToken);
        return TypedResults.Ok(new PendingRegistration(
            pending.Email, pending.NotificationsEnabled ?? false, pending.TermsVersion!, pending.ExpiresAt, pending.RemainingAttempts));
    }

    /// <summary>❹/❻: the code from the e-mail registers the account.</summary>
    [Function("ConfirmRegistration")]
    public async Task<IResult> Confirm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/registration/confirm")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<ConfirmationCodeSubmission>(request, cancellationToken);
        var account = await registration.ConfirmAsync(resident, body.Code, cancellationToken);
        return TypedResults.Ok(AccountViews.Me(account));
    }
}
