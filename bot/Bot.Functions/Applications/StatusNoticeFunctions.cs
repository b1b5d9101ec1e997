using Bot.Core.Applications;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Applications.Events;

namespace Bot.Functions.Applications;

/// <summary>
/// The portal's status notices, on the storage queue named by the app setting <c>BotEventsQueue</c> (the portal's own
/// <c>BotEventsQueue</c> names the same queue), each told on the channel the resident last used.
/// </summary>
public sealed class StatusNoticeFunctions(StatusNoticeService notices)
{
    public const string QueueSetting = "BotEventsQueue";

    [Function("NotifyApplicationStatus")]
    public Task Notify(
        [QueueTrigger("%" + QueueSetting + "%", Connection = "AzureWebJobsStorage")] ApplicationStatusNotice notice,
        CancellationToken cancellationToken) =>
        notices.NotifyAsync(notice, cancellationToken);
}
