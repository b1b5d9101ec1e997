using System.Diagnostics;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Delivery;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// The portal's real pushes (<see cref="ChatbotNoticePushes"/>: one message per page to the chatbot's queue in
/// Azurite, which nobody reads here) with a record of what went: pages, recipients and when the first and the last page were queued.
/// The bot's side (LINE multicast at its rate limit) is measured elsewhere.
/// </summary>
public sealed class RecordingNoticePushes(INoticePushes inner) : INoticePushes
{
    private int _pages;
    private int _recipients;
    private long _firstPushed;
    private long _lastPushed;

    public int Pages => _pages;

    public int Recipients => _recipients;

    /// <summary><see cref="Stopwatch.GetTimestamp"/> when the first page was queued (0: none since the reset).</summary>
    public long FirstPushedAt => Interlocked.Read(ref _firstPushed);

    /// <summary><see cref="Stopwatch.GetTimestamp"/> when the last page was queued (0: none since the reset).</summary>
    public long LastPushedAt => Interlocked.Read(ref _lastPushed);

    public async Task SendAsync(Notice notice, string pageId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken)
    {
        await inner.SendAsync(notice, pageId, accountIds, cancellationToken);
        Interlocked.Increment(ref _pages);
        Interlocked.Add(ref _recipients, accountIds.Count);
        var now = Stopwatch.GetTimestamp();
        Interlocked.CompareExchange(ref _firstPushed, now, 0);
        Interlocked.Exchange(ref _lastPushed, now);
    }

    public void Reset()
    {
        _pages = 0;
        _recipients = 0;
        Interlocked.Exchange(ref _firstPushed, 0);
        Interlocked.Exchange(ref _lastPushed, 0);
    }
}
