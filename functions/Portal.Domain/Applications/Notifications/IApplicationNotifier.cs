using Portal.Domain.Applications.Events;

namespace Portal.Domain.Applications.Notifications;

/// <summary>
/// One way of telling a resident about a status change: e-mail now; the chatbot registers another implementation and
/// receives the same events without anything else changing.
/// </summary>
public interface IApplicationNotifier
{
    /// <summary>Throws to have the event retried (the queue parks it after five attempts): make it safe to repeat.</summary>
    Task NotifyAsync(ApplicationStatusChanged change, CancellationToken cancellationToken);
}
