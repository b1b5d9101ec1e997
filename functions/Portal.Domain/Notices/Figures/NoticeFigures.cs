namespace Portal.Domain.Notices.Figures;

/// <summary>
/// A notice's delivery so far, summed over its records (<see cref="NoticeDeliveryRecord"/>) and its read marks.
/// </summary>
/// <param name="Pending">Held by quiet hours and not yet let out (none once the notice is withdrawn or expired: its held
/// pages will not go out).</param>
/// <param name="Read">Residents who opened it (既読).</param>
/// <param name="EmailSent">E-mails the outbox sent (or was sending when it stopped: see <c>Email.OnceOnlyEmails</c>).</param>
/// <param name="EmailFailed">E-mails the outbox gave up on after its retries (<c>Email.UndeliverableEmails</c>).</param>
public sealed record NoticeFigures(
    int Recipients, int WithoutCardProfile, int Reached, int Pending, int ChatQueued, int Line, int Teams, int WebChat, int ChatFailed,
    int EmailQueued, int EmailSent, int Read, int EmailFailed = 0)
{
    public static readonly NoticeFigures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Chats told so far: a push cannot be recalled.</summary>
    public int Pushed => Line + Teams + WebChat;

    public static NoticeFigures Sum(IEnumerable<NoticeDeliveryRecord> records, int emailSent, int read, int emailFailed = 0, bool live = true)
    {
        var all = records.ToList();
        return new NoticeFigures(
            all.Sum(r => r.Recipients), all.Sum(r => r.WithoutCardProfile), all.Sum(r => r.Reached),
            live ? Math.Max(0, all.Sum(r => r.Held) - all.Sum(r => r.Released)) : 0, all.Sum(r => r.ChatQueued),
            all.Sum(r => r.Line), all.Sum(r => r.Teams), all.Sum(r => r.WebChat), all.Sum(r => r.ChatFailed),
            all.Sum(r => r.EmailQueued), emailSent, read, emailFailed);
    }
}
