using Portal.Domain.Email;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// One e-mail per recipient through the outbox (which sends and retries them one by one). The outbox takes no
/// idempotency key, so a fan-out page that is retried after its e-mails were queued queues them again: a resident may
/// get the same notice's e-mail twice in that case, never none.
/// </summary>
/// <param name="inboxUrl">App setting <see cref="InboxUrlSetting"/>: the link in the mail.</param>
public sealed class NoticeEmails(EmailOutbox outbox, string? inboxUrl = null)
{
    public const string InboxUrlSetting = "NoticeInboxUrl";

    public async Task SendAsync(Notice notice, IEnumerable<NoticeRecipient> recipients, CancellationToken cancellationToken)
    {
        foreach (var recipient in recipients)
        {
            await outbox.EnqueueAsync(NoticeEmail.Create(recipient.Email!, notice, inboxUrl), cancellationToken);
        }
    }
}
