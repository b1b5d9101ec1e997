using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Contracts.CardRequests;
using Portal.Contracts.Proxies;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Proxies;
using Portal.Domain.Proxies.Appointing;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Proxies.Appointing;

/// <summary>
/// 代理人の設定 both ways round: <c>/me/proxies</c> is the principal's side (代理人一覧, 新たに代理人を指定する, 取り消し),
/// <c>/me/principals</c> the proxy's (委任者一覧, 新たに代理人になる, 辞任). Answers name people: never cached.
/// </summary>
public sealed class ProxyAppointmentFunctions(
    ResidentAuthenticator authenticator, JsonBodyReader json, ProxyAppointmentService appointments, IOptions<TokenOptions> tokenOptions)
{
    [Function("AppointProxy")]
    public Task<IResult> AppointProxy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/proxies")] HttpRequest request, CancellationToken cancellationToken) =>
        StartAsync(request, DelegationDirections.PrincipalFirst, DelegationRoles.Principal, "proxies", cancellationToken);

    [Function("RequestPrincipal")]
    public Task<IResult> RequestPrincipal(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/principals/requests")] HttpRequest request, CancellationToken cancellationToken) =>
        StartAsync(request, DelegationDirections.ProxyFirst, DelegationRoles.Proxy, "principals", cancellationToken);

    [Function("ListProxies")]
    public Task<IResult> ListProxies(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/proxies")] HttpRequest request, CancellationToken cancellationToken) =>
        ListAsync(request, DelegationRoles.Principal, cancellationToken);

    [Function("ListPrincipals")]
    public Task<IResult> ListPrincipals(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/principals")] HttpRequest request, CancellationToken cancellationToken) =>
        ListAsync(request, DelegationRoles.Proxy, cancellationToken);

    [Function("GetProxy")]
    public Task<IResult> GetProxy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/proxies/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        GetAsync(request, id, DelegationRoles.Principal, cancellationToken);

    [Function("GetPrincipal")]
    public Task<IResult> GetPrincipal(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/principals/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        GetAsync(request, id, DelegationRoles.Proxy, cancellationToken);

    /// <summary>The principal cancels, alone and at once (also one still waiting for the proxy's card).</summary>
    [Function("RevokeProxy")]
    public Task<IResult> RevokeProxy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/proxies/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        EndAsync(request, id, DelegationRoles.Principal, cancellationToken);

    /// <summary>The proxy resigns (or withdraws a request still waiting for the principal's card).</summary>
    [Function("ResignProxy")]
    public Task<IResult> ResignProxy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/principals/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        EndAsync(request, id, DelegationRoles.Proxy, cancellationToken);

    private async Task<IResult> StartAsync(HttpRequest request, string direction, string role, string collection, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<AppointmentRequest>(request, cancellationToken);
        var started = await appointments.StartAsync(resident, direction, body, cancellationToken);
        var card = started.CardRequest;
        NotCached(request);
        return TypedResults.Created($"/api/me/{collection}/{started.Delegation.Id}", new AppointmentStarted(
            DelegationViews.View(started.Delegation, role),
            new AppointmentCardRequest(card.Id, CardRequestLink.For(tokenOptions.Value.Issuer, card.Id), card.UserCode, card.ExpiresAt)));
    }

    private async Task<IResult> ListAsync(HttpRequest request, string role, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var list = await appointments.ListAsync(resident, role, cancellationToken);
        NotCached(request);
        return TypedResults.Ok(new DelegationList([.. list.Select(d => DelegationViews.View(d, role))]));
    }

    private async Task<IResult> GetAsync(HttpRequest request, string id, string role, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var delegation = await appointments.GetAsync(resident, id, role, cancellationToken);
        NotCached(request);
        return TypedResults.Ok(DelegationViews.View(delegation, role));
    }

    private async Task<IResult> EndAsync(HttpRequest request, string id, string role, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var ended = await appointments.EndAsync(resident, id, role, cancellationToken);
        NotCached(request);
        return TypedResults.Ok(DelegationViews.View(ended, role));
    }

    private static void NotCached(HttpRequest request) => request.HttpContext.Response.Headers.CacheControl = "no-store";
}
