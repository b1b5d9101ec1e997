using Portal.Domain.Proxies;

namespace Portal.Domain.OperationHistory;

/// <summary>
/// Names the actor of each line: the names come from the delegation when the history is read, never from the
/// hash-chained record, so a chain holds no one's name and every line shows the names the cards gave.
/// </summary>
public sealed class OperationActors(Delegations delegations)
{
    public async Task<IReadOnlyList<OperationActor>> DescribeAsync(IReadOnlyList<OperationRecord> records, CancellationToken cancellationToken)
    {
        var read = new Dictionary<string, Delegation?>(StringComparer.Ordinal);
        var actors = new List<OperationActor>(records.Count);
        foreach (var record in records)
        {
            if (record.DelegationId is not { } id)
            {
                actors.Add(OperationActor.Self);
                continue;
            }
            if (!read.TryGetValue(id, out var delegation))
            {
                delegation = (await delegations.ReadAsync(id, cancellationToken))?.Document;
                read[id] = delegation;
            }
            actors.Add(record.OnBehalfOf is null
                ? new OperationActor(OperationActorKinds.Proxy, delegation?.ProxyName, id)
                : new OperationActor(OperationActorKinds.OnBehalfOf, delegation?.PrincipalName, id));
        }
        return actors;
    }
}
