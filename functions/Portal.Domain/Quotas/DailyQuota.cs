using System.Globalization;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Quotas;

/// <summary>
/// A per-day limit of GOV.UK Notify's kind, per purpose, agency client and Japan day: durable (a Cosmos counter),
/// because the edge's in-memory limiter counts per instance and a day is long enough for an app to scale out and restart.
/// </summary>
public sealed class DailyQuota(PortalDatabase database, TimeProvider clock)
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private const int MaxAttempts = 10;

    private DocumentStore<DailyQuotaCount> Store => new(database.Container(PortalContainers.Grants));

    /// <summary>Counts one more use today, or refuses it (counting nothing) when the day's <paramref name="limit"/> is used.</summary>
    /// <returns>Null when counted; else the refusal, which lasts until the next midnight in Japan.</returns>
    public async Task<DailyQuotaRefusal?> TakeAsync(DailyQuotaPurpose purpose, string clientId, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = now.ToOffset(Jst);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var midnight = new DateTimeOffset(today.Date.AddDays(1), Jst);
        var id = DailyQuotaCount.IdOf(purpose, clientId, day);
        for (var attempt = 1; ; attempt++)
        {
            var current = await Store.ReadAsync(id, id, cancellationToken);
            if (current?.Document.Count >= limit)
            {
                return new DailyQuotaRefusal(limit, midnight - now);
            }
            var next = new DailyQuotaCount
            {
                Id = id, Type = purpose.DocumentType, ClientId = clientId, Day = day, Count = (current?.Document.Count ?? 0) + 1,
                Ttl = (int)(midnight - now + TimeSpan.FromDays(2)).TotalSeconds,
            };
            try
            {
                _ = current is null
                    ? await Store.CreateAsync(next, cancellationToken)
                    : await Store.ReplaceAsync(next, current.ETag, cancellationToken);
                return null;
            }
            // Another instance counted at the same moment: read its count and try again.
            catch (Exception e) when (e is ConcurrencyConflictException or DuplicateDocumentException && attempt < MaxAttempts)
            {
            }
        }
    }
}
