using Portal.Domain.Applications.Events;

namespace Portal.Domain.Applications.Notifications;

/// <summary>
/// One way of telling a resident about a status change: e-mail (<see cref="ApplicationEmailNotifier"/>) and the chatbot's
/// queue (<see cref="ChatbotApplicationNotifier"/>) receive the same events.
/// </summary>
public interface IApplicationNotifier
{
    /// <summary>Throws to have the event retried (the queue parks it after five attempts): make it safe to repeat.</summary>
    Task NotifyAsync(ApplicationStatusChanged change, CancellationToken cancellationToken);
}
