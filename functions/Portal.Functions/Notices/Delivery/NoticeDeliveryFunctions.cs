using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Notices.Delivery;

namespace Portal.Functions.Notices.Delivery;

/// <summary>
/// The notice functions: every minute, start the pushes of the notices published since (scheduled ones reach their
/// time); for each page on the fan-out queue, push it and queue the next. Both are safe to run twice.
/// </summary>
public sealed class NoticeDeliveryFunctions(NoticePublisher publisher, NoticeFanOut fanOut)
{
    [Function("PublishDueNotices")]
    public Task Publish([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        publisher.StartDueAsync(cancellationToken);

    [Function("FanOutNotice")]
    public Task FanOut(
        [QueueTrigger("%" + NoticeFanOutQueue.QueueSetting + "%", Connection = "AzureWebJobsStorage")] NoticeFanOutPage page,
        CancellationToken cancellationToken) =>
        fanOut.RunAsync(page, cancellationToken);
}
