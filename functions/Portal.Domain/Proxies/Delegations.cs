using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Proxies;

/// <summary>
/// Delegations (<see cref="Delegation"/>) and each party's references to them (<see cref="DelegationReference"/>), in
/// <c>residents</c>. A state change is a conditional replace of the delegation alone: its references carry no state,
/// so nothing can disagree with it.
/// </summary>
public sealed class Delegations(PortalDatabase database)
{
    private DocumentStore<Delegation> Store => new(database.Container(PortalContainers.Residents));

    private DocumentStore<DelegationReference> References => new(database.Container(PortalContainers.Residents));

    /// <summary>Stores a new delegation and the starting party's reference to it.</summary>
    /// <param name="startedBy">The account that started it (its principal or its proxy, by direction).</param>
    public async Task<Stored<Delegation>> CreateAsync(Delegation delegation, string startedBy, CancellationToken cancellationToken)
    {
        var stored = await Store.CreateAsync(delegation, cancellationToken);
        var role = delegation.Direction == DelegationDirections.PrincipalFirst ? DelegationRoles.Principal : DelegationRoles.Proxy;
        await AddReferenceAsync(startedBy, delegation.Id, role, delegation.CreatedAt, cancellationToken);
        return stored;
    }

    public Task<Stored<Delegation>?> ReadAsync(string id, CancellationToken cancellationToken) =>
        Store.ReadAsync(id, Delegation.PartitionOf(id), cancellationToken);

    /// <exception cref="Errors.ConcurrencyConflictException">It changed since <paramref name="ifMatch"/> was read.</exception>
    public Task<Stored<Delegation>> ReplaceAsync(Delegation delegation, string ifMatch, CancellationToken cancellationToken) =>
        Store.ReplaceAsync(delegation, ifMatch, cancellationToken);

    /// <summary>The accepting party's reference (written when accepted; writing it again changes nothing).</summary>
    public Task AddReferenceAsync(string accountId, string delegationId, string role, DateTimeOffset at, CancellationToken cancellationToken) =>
        References.UpsertAsync(new DelegationReference
        {
            Id = DelegationReference.IdOf(delegationId), ResidentId = accountId, DelegationId = delegationId, Role = role, CreatedAt = at,
        }, cancellationToken);

    /// <summary>The delegations an account is a party to in <paramref name="role"/>, newest first (a handful per person).</summary>
    public async Task<IReadOnlyList<Delegation>> ListAsync(string accountId, string role, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.role = @role")
            .WithParameter("@type", DelegationReference.DocumentType).WithParameter("@role", role);
        var references = new List<DelegationReference>();
        string? continuation = null;
        do
        {
            var page = await References.QueryAsync(query, accountId, 100, continuation, cancellationToken);
            references.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        var found = new List<Delegation>();
        foreach (var reference in references)
        {
            if (await ReadAsync(reference.DelegationId, cancellationToken) is { } stored)
            {
                found.Add(stored.Document);
            }
        }
        return [.. found.OrderByDescending(d => d.CreatedAt)];
    }
}
