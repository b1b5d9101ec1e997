using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// The per-day limit of GOV.UK Notify's kind, per agency client and Japan day: durable (a Cosmos counter), because the
/// edge's in-memory limiter counts per instance and a day is long enough for an app to scale out and restart.
/// </summary>
public sealed class NoticeDailyCounter(PortalDatabase database, IOptions<NoticeSendingOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private const int MaxAttempts = 10;

    private DocumentStore<NoticeDailyCount> Store => new(database.Container(PortalContainers.Grants));

    /// <summary>Counts one more notice today, or refuses it when the day's allowance is used.</summary>
    /// <exception cref="NoticeDailyLimitExceededException">Over the limit; retry after the next midnight in Japan.</exception>
    public async Task CountAsync(string clientId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = now.ToOffset(Jst);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var midnight = new DateTimeOffset(today.Date.AddDays(1), Jst);
        var limit = options.Value.PerDayLimit;
        var id = NoticeDailyCount.IdOf(clientId, day);
        for (var attempt = 1; ; attempt++)
        {
            var current = await Store.ReadAsync(id, id, cancellationToken);
            if (current?.Document.Count >= limit)
            {
                throw new NoticeDailyLimitExceededException(limit, midnight - now);
            }
            var next = new NoticeDailyCount
            {
                Id = id, ClientId = clientId, Day = day, Count = (current?.Document.Count ?? 0) + 1,
                Ttl = (int)(midnight - now + TimeSpan.FromDays(2)).TotalSeconds,
            };
            try
            {
                _ = current is null
                    ? await Store.CreateAsync(next, cancellationToken)
                    : await Store.ReplaceAsync(next, current.ETag, cancellationToken);
                return;
            }
            // Another instance counted at the same moment: read its count and try again.
            catch (Exception e) when (e is ConcurrencyConflictException or DuplicateDocumentException && attempt < MaxAttempts)
            {
            }
        }
    }
}
