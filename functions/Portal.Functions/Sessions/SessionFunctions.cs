using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Sessions;
using Portal.Domain.Identity.Sessions;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Sessions;

/// <summary>ログイン中の端末: the resident's active logins, and ending one or all of them.</summary>
public sealed class SessionFunctions(ResidentAuthenticator authenticator, SessionService sessions)
{
    [Function("ListSessions")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/sessions")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var list = await sessions.ListAsync(resident, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new SessionList([.. list.Select(s => SessionViews.View(s, resident.SessionId))]));
    }

    /// <summary>Ends one login; its tokens stop working within 30 s and its refresh token at once.</summary>
    [Function("EndSession")]
    public async Task<IResult> End(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/sessions/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        await sessions.EndAsync(resident, id, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Ends every login of the account, the asking one included.</summary>
    [Function("EndAllSessions")]
    public async Task<IResult> EndAll(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/sessions")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        return TypedResults.Ok(new SessionsEnded(await sessions.EndAllAsync(resident, cancellationToken)));
    }
}
