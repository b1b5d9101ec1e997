using Portal.Domain.Residents;

namespace Portal.Domain.Proxies.Acting;

/// <summary>
/// 代理人として操作する, first step: the proxy asks for the delegation token of one of their principals, to exchange
/// (with their own access token) for a token acting for that principal.
/// </summary>
public sealed class ProxyDelegationTokens(Delegations delegations, DelegationTokens tokens, TimeProvider clock)
{
    /// <exception cref="DelegationNotFoundException">No such delegation in effect with the caller as its proxy.</exception>
    public async Task<IssuedDelegationToken> IssueAsync(ResidentContext resident, string delegationId, CancellationToken cancellationToken)
    {
        // A proxy acting for someone is not themself: a delegation token of a delegation token would chain.
        if (resident.IsProxy)
        {
            throw new DelegationNotFoundException();
        }
        var delegation = (await delegations.ReadAsync(delegationId, cancellationToken))?.Document;
        if (delegation is null || delegation.ProxyId != resident.ActorId || delegation.PrincipalId is null
            || !delegation.IsEffectiveAt(clock.GetUtcNow()))
        {
            throw new DelegationNotFoundException();
        }
        return await tokens.IssueAsync(delegation);
    }
}
