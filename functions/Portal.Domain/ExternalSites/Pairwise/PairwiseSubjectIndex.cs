using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.Pairwise;

/// <summary>
/// The subjects given out to sites: recorded when a site first gets one (its ID token), resolved when the site calls
/// the external API with it.
/// </summary>
public sealed class PairwiseSubjectIndex(PortalDatabase database, PairwiseSubjects subjects, TimeProvider clock)
{
    private readonly DocumentStore<PairwiseSubjectEntry> _store = new(database.Container(PortalContainers.Residents));

    /// <summary>The subject of <paramref name="accountId"/> in <paramref name="sector"/>, recorded so it can be resolved later.</summary>
    public async Task<string> GiveOutAsync(string sector, string accountId, CancellationToken cancellationToken)
    {
        var subject = subjects.For(sector, accountId);
        var partition = PairwiseSubjectEntry.PartitionOf(subject);
        if (await _store.ReadAsync(subject, partition, cancellationToken) is null)
        {
            // Same subject, same content: a concurrent first give-out upserts the same document (its time aside).
            await _store.UpsertAsync(new PairwiseSubjectEntry
            {
                Id = subject, ResidentId = partition, Sector = sector, AccountId = accountId, GivenOutAt = clock.GetUtcNow(),
            }, cancellationToken);
        }
        return subject;
    }

    /// <summary>The account behind <paramref name="subject"/> as <paramref name="sector"/> was given it; null when it never was.</summary>
    public async Task<string?> ResolveAsync(string sector, string? subject, CancellationToken cancellationToken)
    {
        if (!PairwiseSubjects.IsWellFormed(subject))
        {
            return null;
        }
        var entry = (await _store.ReadAsync(subject, PairwiseSubjectEntry.PartitionOf(subject), cancellationToken))?.Document;
        return entry is not null && string.Equals(entry.Sector, sector, StringComparison.Ordinal) ? entry.AccountId : null;
    }
}
