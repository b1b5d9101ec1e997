using System.Globalization;
using Portal.Contracts.Sessions;
using Portal.Domain.Email;

namespace Portal.Domain.Identity.Sessions.Notifications;

/// <summary>The new-login e-mail, in plain-text Japanese; the time in JST, as residents read it.</summary>
public static class NewLoginMail
{
    public const string Purpose = "new-login-notice";

    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static EmailMessage Create(string to, LoginSession session) => new(
        to,
        "【マイナポータル】新しいログインがありました",
        $"""
        あなたのマイナンバーカードで、マイナポータルに新しいログインがありました。

        利用したサービス: {session.ClientName}
        端末の種類: {DeviceKindNames.Of(session.DeviceKind)}
        日時: {session.StartedAt.ToOffset(Jst).ToString("yyyy年M月d日 H時mm分", CultureInfo.InvariantCulture)}

        このログインに心当たりがない場合は、すぐにマイナポータルの「アカウント」→「ログイン中の端末」から
        このログインを終了し、操作履歴を確認してください。カードと暗証番号は他人に渡さないでください。
        """,
        Purpose);
}
