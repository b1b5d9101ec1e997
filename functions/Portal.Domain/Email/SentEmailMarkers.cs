using System.Runtime.CompilerServices;
using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Email;

/// <summary>The sent markers in <c>sentEmails</c>: created only if absent, so two deliveries of a key make one marker.</summary>
public sealed class SentEmailMarkers(PortalDatabase database, TimeProvider clock)
{
    /// <summary>Longer than any retry or held page of the message's queue (a day at most).</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>Failed keys looked for among the sent ones per query (an IN list of parameters).</summary>
    private const int SentLookupChunk = 250;

    private Container Container => database.Container(PortalContainers.SentEmails);

    private DocumentStore<SentEmailMarker> Store => new(Container);

    /// <returns>False when the key is marked already: its message was sent, or is being sent.</returns>
    public async Task<bool> TryMarkAsync(EmailOnce once, string purpose, CancellationToken cancellationToken)
    {
        try
        {
            await Store.CreateAsync(new SentEmailMarker
            {
                Id = once.Key, Scope = once.Scope, Purpose = purpose, SentAt = clock.GetUtcNow(), Ttl = (int)Retention.TotalSeconds,
            }, cancellationToken);
            return true;
        }
        catch (DuplicateDocumentException)
        {
            return false;
        }
    }

    public Task UnmarkAsync(EmailOnce once, CancellationToken cancellationToken) =>
        Store.DeleteAsync(once.Key, once.Scope, null, cancellationToken);

    /// <summary>Whether the key's message was sent (or is being sent).</summary>
    public async Task<bool> IsMarkedAsync(EmailOnce once, CancellationToken cancellationToken) =>
        await Store.ReadAsync(once.Key, once.Scope, cancellationToken) is not null;

    /// <summary>
    /// That the outbox gave up on the key's message: a marker in a partition of its own next to the scope's
    /// (<see cref="UndeliverableScope"/>), so the sent count stays one query and a failure recorded twice is one.
    /// </summary>
    /// <returns>False when the failure was recorded already.</returns>
    public Task<bool> TryMarkUndeliverableAsync(EmailOnce once, string purpose, CancellationToken cancellationToken) =>
        TryMarkAsync(once with { Scope = UndeliverableScope(once.Scope) }, purpose, cancellationToken);

    /// <summary>
    /// How many keys of each of <paramref name="scopes"/> the outbox gave up on and no later copy of the message was sent
    /// under, by scope: a failure is recorded only when the key is not marked sent, but a copy may still be sent after
    /// it (a page run again), and an e-mail that arrived is not a failure. Failures are few, so their keys are read and
    /// looked for among the sent ones in chunks.
    /// </summary>
    public async Task<Dictionary<string, int>> CountUndeliverableByScopeAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var distinct = scopes.Distinct(StringComparer.Ordinal).ToList();
        var counts = await Task.WhenAll(distinct.Select(scope => CountUndeliverableAsync(scope, cancellationToken)));
        return distinct.Zip(counts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private async Task<int> CountUndeliverableAsync(string scope, CancellationToken cancellationToken)
    {
        var failed = new List<string>();
        await foreach (var key in ValuesAsync<string>(new QueryDefinition("SELECT VALUE c.id FROM c"), UndeliverableScope(scope), cancellationToken))
        {
            failed.Add(key);
        }
        var sentAfterwards = 0;
        foreach (var chunk in failed.Chunk(SentLookupChunk))
        {
            var query = new QueryDefinition("SELECT VALUE COUNT(1) FROM c WHERE ARRAY_CONTAINS(@keys, c.id)").WithParameter("@keys", chunk);
            await foreach (var count in ValuesAsync<int>(query, scope, cancellationToken))
            {
                sentAfterwards += count;
            }
        }
        return failed.Count - sentAfterwards;
    }

    private async IAsyncEnumerable<T> ValuesAsync<T>(QueryDefinition query, string scope,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var iterator = Container.GetItemQueryIterator<T>(query, null, new QueryRequestOptions { PartitionKey = new PartitionKey(scope) });
        while (iterator.HasMoreResults)
        {
            foreach (var value in await iterator.ReadNextAsync(cancellationToken))
            {
                yield return value;
            }
        }
    }

    private static string UndeliverableScope(string scope) => scope + ".undeliverable";

    /// <summary>How many keys of each of <paramref name="scopes"/> are marked: one count per scope, in its partition.</summary>
    public Task<Dictionary<string, int>> CountByScopeAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken) =>
        ValueCounts.OfAsync(Container, scopes, scope => new QueryDefinition("SELECT VALUE COUNT(1) FROM c WHERE c.scope = @scope")
            .WithParameter("@scope", scope), true, cancellationToken);
}
