using Portal.Domain.Applications.Status;
using Portal.Domain.Email;

namespace Portal.Domain.Applications.Notifications;

/// <summary>
/// The status-change e-mail: which application (procedure name and receipt number) and its new status, nothing of the
/// answers or the agency's comment — the details are read after signing in.
/// </summary>
public static class ApplicationStatusEmail
{
    public const string Purpose = "application-status";

    public static EmailMessage Create(string to, string receiptNumber, string? procedureName, ApplicationStatus status)
    {
        var label = ApplicationStatusLabels.Of(status);
        var procedure = procedureName ?? "電子申請";
        var body = $"""
            マイナポータルから申請された手続の状況が変わりました。

            手続: {procedure}
            受付番号: {receiptNumber}
            状況: {label}

            マイナポータルで詳細を確認してください。

            このメールは送信専用です。返信はできません。
            """;
        return new EmailMessage(to, $"【マイナポータル】申請の状況が「{label}」になりました", body, Purpose);
    }
}
