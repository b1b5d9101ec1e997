using Bot.Core.Portal;
using Microsoft.Azure.Functions.Worker;

namespace Bot.Functions.Applications;

/// <summary>
/// The portal's events, on the storage queue named by the app setting <c>BotEventsQueue</c> (the portal's own
/// <c>BotEventsQueue</c> names the same queue): a status notice is told on the channel the resident last used, a new
/// login on every chat the account logged in from before it.
/// </summary>
public sealed class StatusNoticeFunctions(PortalEventRouter events)
{
    public const string QueueSetting = "BotEventsQueue";

    [Function("NotifyApplicationStatus")]
    public Task Notify(
        [QueueTrigger("%" + QueueSetting + "%", Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken) =>
        events.RouteAsync(message, cancellationToken);
}
