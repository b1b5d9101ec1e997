using System.Globalization;
using Portal.Domain.Email;

namespace Portal.Domain.Accounts;

/// <summary>The account e-mails, in plain-text Japanese. Times are shown in JST, as residents read them.</summary>
public static class AccountMail
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static EmailMessage RegistrationCode(string to, string code, DateTimeOffset expiresAt) => new(
        to,
        "【マイナポータル】利用者登録の確認コード",
        $"""
        マイナポータルの利用者登録を受け付けました。
        次の確認コードを画面に入力して、登録を完了してください。

        確認コード: {code}
        有効期限: {Display(expiresAt)}（10分間、入力は5回まで）

        このメールに心当たりがない場合は、何もせずに破棄してください。
        確認コードは誰にも教えないでください。
        """,
        "registration-confirmation");

    public static EmailMessage EmailChangeCode(string to, string code, DateTimeOffset expiresAt) => new(
        to,
        "【マイナポータル】メールアドレス変更の確認コード",
        $"""
        マイナポータルのメールアドレスの変更を受け付けました。
        次の確認コードを画面に入力して、変更を完了してください。

        確認コード: {code}
        有効期限: {Display(expiresAt)}（10分間、入力は5回まで）

        このメールに心当たりがない場合は、何もせずに破棄してください。
        """,
        "email-change-confirmation");

    /// <summary>To the old address: the change is visible to whoever held it, without naming the new one.</summary>
    public static EmailMessage EmailChanged(string to, DateTimeOffset changedAt) => new(
        to,
        "【マイナポータル】メールアドレスが変更されました",
        $"""
        {Display(changedAt)}に、マイナポータルに登録されたメールアドレスが変更されました。
        今後のお知らせは新しいメールアドレスに送信されます。

        この変更に心当たりがない場合は、マイナポータルにログインして操作履歴を確認し、
        お問い合わせ窓口にご連絡ください。
        """,
        "email-changed-notice");

    private static string Display(DateTimeOffset time) =>
        time.ToOffset(Jst).ToString("yyyy年M月d日 H時mm分", CultureInfo.InvariantCulture);
}
