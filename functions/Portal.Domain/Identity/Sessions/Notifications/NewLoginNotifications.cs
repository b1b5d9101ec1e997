using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Portal.Domain.Identity.Sessions.Notifications;

/// <summary>
/// Tells every <see cref="INewLoginNotifier"/> of a login. Best effort: the card was already used and the device code
/// spent, so a failing queue must not cost the resident the login (the client could not poll for it again); the
/// failure is logged, and the login is in the session list and the 操作履歴 either way.
/// </summary>
public sealed class NewLoginNotifications(IEnumerable<INewLoginNotifier> notifiers, ILogger<NewLoginNotifications>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<NewLoginNotifications>.Instance;

    public async Task NotifyAsync(NewLogin login, CancellationToken cancellationToken)
    {
        foreach (var notifier in notifiers)
        {
            try
            {
                await notifier.NotifyAsync(login, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning("The new-login notice by {Notifier} was not sent: {ErrorType}", notifier.GetType().Name, e.GetType().Name);
            }
        }
    }
}
