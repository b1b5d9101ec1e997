using Portal.Domain.Email;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// The e-mail for a notice: who sent it and its title, and where to read it. Never the body: mail is stored on
/// servers outside the portal, and a personal notice's body is about the resident. The title is the agency's own
/// heading (what the chat shows in a list), which agencies are told residents may see outside the portal.
/// </summary>
public static class NoticeEmail
{
    public const string Purpose = "notice";

    /// <param name="inboxUrl">Where the portal's お知らせ list is; null to tell the resident to sign in instead.</param>
    public static EmailMessage Create(string to, Notice notice, string? inboxUrl)
    {
        var where = inboxUrl is null ? "マイナポータルにログインし、「お知らせ」でご確認ください。" : $"マイナポータルの「お知らせ」でご確認ください。\n{inboxUrl}";
        var important = notice.Importance == NoticeImportance.Important ? "【重要】" : "";
        var body = $"""
            {notice.SenderName}からお知らせがあります。

            件名: {important}{notice.Title}

            {where}

            このメールは送信専用です。返信はできません。
            メールの通知は、マイナポータルの通知設定で変更できます。
            """;
        return new EmailMessage(to, $"【マイナポータル】{important}{notice.SenderName}からお知らせがあります", body, Purpose);
    }
}
