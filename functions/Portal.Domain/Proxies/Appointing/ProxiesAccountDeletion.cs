using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// Deleting an account ends every delegation it is a party to: as principal they are cancelled, as proxy resigned
/// (a pending one is withdrawn). The delegations themselves stay, as evidence. Idempotent, as the deletion is retried whole.
/// </summary>
public sealed class ProxiesAccountDeletion(Delegations delegations, TimeProvider clock, ILogger<ProxiesAccountDeletion> logger) : IAccountDeletionStep
{
    public async Task RunAsync(string accountId, CancellationToken cancellationToken)
    {
        var ended = 0;
        foreach (var role in new[] { DelegationRoles.Principal, DelegationRoles.Proxy })
        {
            foreach (var listed in await delegations.ListAsync(accountId, role, cancellationToken))
            {
                ended += await EndAsync(listed.Id, accountId, role, cancellationToken) ? 1 : 0;
            }
        }
        logger.LogInformation("Ended {Count} delegations of a deleted account", ended);
    }

    private async Task<bool> EndAsync(string id, string accountId, string role, CancellationToken cancellationToken)
    {
        while (await delegations.ReadAsync(id, cancellationToken) is { } stored)
        {
            var delegation = stored.Document;
            if (delegation.State is not (DelegationStates.Pending or DelegationStates.Active))
            {
                return false;
            }
            var state = role == DelegationRoles.Proxy && delegation.State == DelegationStates.Active ? DelegationStates.Resigned : DelegationStates.Revoked;
            try
            {
                await delegations.ReplaceAsync(delegation with { State = state, EndedAt = clock.GetUtcNow(), EndedBy = accountId }, stored.ETag, cancellationToken);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                // Changed meanwhile (accepted, ended): look again.
            }
        }
        return false;
    }
}
