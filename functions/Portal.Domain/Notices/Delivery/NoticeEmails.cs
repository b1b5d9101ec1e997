using Portal.Domain.Email;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// One e-mail per recipient through the outbox (which sends and retries them one by one), each under the idempotency
/// key (notice, account): a fan-out page retried after its e-mails were queued queues them again, and the outbox's
/// sender sends each resident's once (<see cref="OnceOnlyEmails"/>).
/// </summary>
/// <param name="inboxUrl">App setting <see cref="InboxUrlSetting"/>: the link in the mail.</param>
public sealed class NoticeEmails(EmailOutbox outbox, string? inboxUrl = null)
{
    public const string InboxUrlSetting = "NoticeInboxUrl";

    public async Task SendAsync(Notice notice, IEnumerable<NoticeRecipient> recipients, CancellationToken cancellationToken)
    {
        foreach (var recipient in recipients)
        {
            await outbox.EnqueueAsync(NoticeEmail.Create(recipient.Email!, notice, inboxUrl) with { Once = new EmailOnce(notice.Id, recipient.AccountId) }, cancellationToken);
        }
    }
}
