using System.Diagnostics;
using Portal.Domain.Notices.Delivery;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// The recipient query alone (<see cref="NoticeRecipientQuery.PageAsync"/>), every page of one area key: the part of a
/// fan-out page that reads the store, apart from the notice read and the two queue messages.
/// </summary>
public static class RecipientQueryTiming
{
    /// <returns>Milliseconds per page, and the recipients read.</returns>
    public static async Task<(IReadOnlyList<double> PageMilliseconds, int Recipients)> PagesAsync(NoticeRecipientQuery query, string audienceKey)
    {
        var (pages, recipients, continuation) = (new List<double>(), 0, (string?)null);
        do
        {
            var started = Stopwatch.GetTimestamp();
            var page = await query.PageAsync(audienceKey, continuation, CancellationToken.None);
            pages.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            (recipients, continuation) = (recipients + page.Items.Count, page.ContinuationToken);
        }
        while (continuation is not null);
        return (pages, recipients);
    }
}
