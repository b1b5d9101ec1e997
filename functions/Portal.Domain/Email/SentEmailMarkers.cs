using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Email;

/// <summary>The sent markers in <c>sentEmails</c>: created only if absent, so two deliveries of a key make one marker.</summary>
public sealed class SentEmailMarkers(PortalDatabase database, TimeProvider clock)
{
    /// <summary>Longer than any retry or held page of the message's queue (a day at most).</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

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

    /// <summary>How many keys of each of <paramref name="scopes"/> the outbox gave up on, by scope.</summary>
    public async Task<Dictionary<string, int>> CountUndeliverableByScopeAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var counts = await CountByScopeAsync([.. scopes.Select(UndeliverableScope)], cancellationToken);
        return scopes.Distinct(StringComparer.Ordinal).ToDictionary(s => s, s => counts.GetValueOrDefault(UndeliverableScope(s)), StringComparer.Ordinal);
    }

    private static string UndeliverableScope(string scope) => scope + ".undeliverable";

    /// <summary>How many keys of each of <paramref name="scopes"/> are marked: one count per scope, in its partition.</summary>
    public Task<Dictionary<string, int>> CountByScopeAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken) =>
        ValueCounts.OfAsync(Container, scopes, scope => new QueryDefinition("SELECT VALUE COUNT(1) FROM c WHERE c.scope = @scope")
            .WithParameter("@scope", scope), true, cancellationToken);
}
