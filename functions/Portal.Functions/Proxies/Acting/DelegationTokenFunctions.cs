using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Proxies.Acting;
using Portal.Domain.Proxies.Acting;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Proxies.Acting;

/// <summary>代理人として操作する: the proxy gets the delegation token of one of their principals, to exchange at the token endpoint.</summary>
public sealed class DelegationTokenFunctions(ResidentAuthenticator authenticator, ProxyDelegationTokens tokens)
{
    [Function("IssueDelegationToken")]
    public async Task<IResult> Issue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/principals/{delegationId}/token")] HttpRequest request,
        string delegationId, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var issued = await tokens.IssueAsync(resident, delegationId, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new DelegationTokenView(issued.Token, DelegationTokenTypes.Delegation, issued.ExpiresAt));
    }
}
