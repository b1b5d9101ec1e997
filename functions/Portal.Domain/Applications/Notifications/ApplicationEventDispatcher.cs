using Portal.Domain.Applications.Events;

namespace Portal.Domain.Applications.Notifications;

/// <summary>Hands each status change to every registered <see cref="IApplicationNotifier"/>.</summary>
public sealed class ApplicationEventDispatcher(IEnumerable<IApplicationNotifier> notifiers)
{
    public async Task DispatchAsync(ApplicationStatusChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var notifier in notifiers)
        {
            await notifier.NotifyAsync(change, cancellationToken);
        }
    }
}
