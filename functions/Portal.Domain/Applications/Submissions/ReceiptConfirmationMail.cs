using System.Globalization;
using Portal.Domain.Email;

namespace Portal.Domain.Applications.Submissions;

/// <summary>The confirmation e-mail (受付完了のお知らせ) of a stored application or correction.</summary>
public static class ReceiptConfirmationMail
{
    public const string Purpose = "application-received";

    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static EmailMessage For(string to, Submission submission, DateTimeOffset receivedAt)
    {
        var correction = submission.CorrectionOf is not null;
        var what = correction ? "補正した申請" : "申請";
        var at = receivedAt.ToOffset(Jst).ToString("yyyy年M月d日 H時mm分", CultureInfo.InvariantCulture);
        var body = $"""
            マイナポータルで、次の{what}を受け付けました。

            手続: {submission.ProcedureName}
            申請先: {submission.BodyName}
            受付番号: {submission.ReceiptNumber}
            受付日時: {at}（日本時間）

            申請の状況は、マイナポータルの「申請状況」で確認できます。
            お問い合わせの際は、受付番号をお伝えください。

            このメールは送信専用です。返信はできません。
            """;
        return new EmailMessage(to, $"【マイナポータル】{what}を受け付けました（受付番号 {submission.ReceiptNumber}）", body, Purpose);
    }
}
