using Portal.Domain.Proxies;
using Portal.Domain.Residents;

namespace Portal.Domain.Home.Parts;

/// <summary>代理で操作できる人: the principals the resident may act for now (active delegations in their period).</summary>
public sealed class ProxiesHomePart(Delegations delegations, TimeProvider clock) : IHomePart
{
    public string Name => "proxies";

    public async Task<HomeContribution> ReadAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var found = await delegations.ListAsync(resident.PrincipalId, DelegationRoles.Proxy, cancellationToken);
        return new HomeContribution
        {
            ActingFor = [.. found.Where(d => d.IsEffectiveAt(now))
                .Select(d => new HomeActingFor(d.Id, d.PrincipalName, d.Services, d.ValidUntil))],
        };
    }
}
