using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Notifications;

namespace Portal.Functions.Applications;

/// <summary>Tells the resident of each status change through every notifier (e-mail, and the chatbot's queue where one is configured).</summary>
public sealed class ApplicationEventFunctions(ApplicationEventDispatcher dispatcher)
{
    [Function("NotifyApplicationStatusChanged")]
    public Task Notify(
        [QueueTrigger("%" + ApplicationEventPublisher.QueueSetting + "%", Connection = "AzureWebJobsStorage")] ApplicationStatusChanged change,
        CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(change, cancellationToken);
}
