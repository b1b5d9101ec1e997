using Functions.Http.Bodies;
using Functions.Http.Preconditions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.Zengin;
using Portal.Domain.Storage;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.PublicFundsAccounts;

/// <summary>公金受取口座: the resident's own, never a proxy's. If-Match is optional; a lost race is refused either way.</summary>
public sealed class PublicFundsAccountFunctions(
    ResidentAuthenticator authenticator, JsonBodyReader json, PublicFundsAccountService accounts, ZenginDirectory directory)
{
    private const string Route = "me/public-funds-account";

    [Function("GetPublicFundsAccount")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        return Answer(request, await accounts.GetAsync(resident, cancellationToken), registered: false);
    }

    [Function("PutPublicFundsAccount")]
    public async Task<IResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Route)] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<PublicFundsAccountUpdate>(request, cancellationToken);
        var (stored, registered) = await accounts.PutAsync(resident, PublicFundsAccountViews.Input(body), EntityTags.IfMatch(request), cancellationToken);
        return Answer(request, stored, registered);
    }

    [Function("DeletePublicFundsAccount")]
    public async Task<IResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Route)] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        await accounts.DeleteAsync(resident, EntityTags.IfMatch(request), cancellationToken);
        return TypedResults.NoContent();
    }

    private IResult Answer(HttpRequest request, Stored<PublicFundsAccount> stored, bool registered)
    {
        var headers = request.HttpContext.Response.Headers;
        headers[HeaderNames.CacheControl] = "no-store";
        headers.ETag = EntityTags.Strong(stored.ETag);
        var view = PublicFundsAccountViews.View(stored.Document, directory);
        return registered ? TypedResults.Created("/api/" + Route, view) : TypedResults.Ok(view);
    }
}
