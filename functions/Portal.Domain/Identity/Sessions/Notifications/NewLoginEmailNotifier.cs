using Portal.Domain.Email;

namespace Portal.Domain.Identity.Sessions.Notifications;

/// <summary>E-mail for a new login, when the resident chose メール通知 and has a confirmed address.</summary>
public sealed class NewLoginEmailNotifier(EmailOutbox outbox) : INewLoginNotifier
{
    public async Task NotifyAsync(NewLogin login, CancellationToken cancellationToken)
    {
        if (login.Account is { NotificationsEnabled: true, Email: { Length: > 0 } email })
        {
            await outbox.EnqueueAsync(NewLoginMail.Create(email, login.Session), cancellationToken);
        }
    }
}
