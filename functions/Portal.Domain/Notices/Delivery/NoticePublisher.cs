using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Notices.Sending;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// 公開: starts the fan-out of each notice once it is published. The timer runs it every minute (scheduled notices),
/// and a send runs it at once for a notice published now. Each notice is claimed with its ETag (FanOutStartedAt), so
/// however many instances or timers run it, one of them starts each fan-out, once.
/// </summary>
public sealed class NoticePublisher(SentNoticeRepository notices, NoticeFanOut fanOut, TimeProvider clock, ILogger<NoticePublisher>? logger = null)
{
    private const int BatchSize = 50;

    private readonly ILogger _logger = logger ?? NullLogger<NoticePublisher>.Instance;

    /// <returns>How many fan-outs this run started.</returns>
    public async Task<int> StartDueAsync(CancellationToken cancellationToken)
    {
        var started = 0;
        var due = await notices.DueForFanOutAsync(clock.GetUtcNow(), BatchSize, cancellationToken);
        foreach (var notice in due.Items)
        {
            started += await TryStartAsync(notice, cancellationToken) ? 1 : 0;
        }
        return started;
    }

    /// <summary>A notice just sent: its fan-out starts now when it is already published (else the timer starts it).</summary>
    public async Task StartIfPublishedAsync(Stored<Notice> sent, CancellationToken cancellationToken)
    {
        if (sent.Document.IsLiveAt(clock.GetUtcNow()) && sent.Document.FanOutStartedAt is null)
        {
            await ClaimAndStartAsync(sent, cancellationToken);
        }
    }

    private async Task<bool> TryStartAsync(Notice notice, CancellationToken cancellationToken) =>
        await notices.ReadAsync(notice.AudienceKey, notice.Id, cancellationToken) is { } stored
        && stored.Document.FanOutStartedAt is null && stored.Document.IsLiveAt(clock.GetUtcNow())
        && await ClaimAndStartAsync(stored, cancellationToken);

    private async Task<bool> ClaimAndStartAsync(Stored<Notice> stored, CancellationToken cancellationToken)
    {
        var claimed = await notices.TryReplaceAsync(stored.Document with { FanOutStartedAt = clock.GetUtcNow() }, stored.ETag, cancellationToken);
        if (claimed is null)
        {
            return false;
        }
        // Claimed first, queued second: a crash between them loses this notice's pushes (it stays in every inbox),
        // never sends them twice.
        await fanOut.StartAsync(claimed.Document, cancellationToken);
        _logger.LogInformation("Notice {NoticeId} published: fan-out started", claimed.Document.Id);
        return true;
    }
}
