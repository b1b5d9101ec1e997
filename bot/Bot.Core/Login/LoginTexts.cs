using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Core.Login;

/// <summary>What the login says (Japanese: residents read it).</summary>
public static class LoginTexts
{
    public const string LinkLabel = "マイナンバーカードでログイン";

    public const string LoggedIn = "ログインしました。";

    public static TextMessage Needed { get; } = new("この操作には、マイナポータルへのログインが必要です。マイナンバーカードでログインしてください。");

    public static TextMessage SessionEnded { get; } = new("ログインの有効期限が切れました。お手数ですが、もう一度マイナンバーカードでログインしてください。");

    public static string Link(bool onPc) => onPc
        ? "スマートフォンで下のQRコードを読み取るか、このパソコンで下のボタンを押して、マイナンバーカードでログインしてください。"
        : "下のボタンを押して、マイナンバーカードでログインしてください。";

    /// <summary>The code the signer asks for: it is shown only here, so a login link sent by someone else is useless.</summary>
    public static TextMessage Waiting(string userCode) => new(
        $"署名アプリでコードを求められたら、次のコードを入力してください: {userCode}\n" +
        "このコードは、誰にも教えないでください（マイナポータルの職員が尋ねることはありません）。\n" +
        "ログインが終わると、このチャットで自動的に続きをお知らせします。「完了」などを送る必要はありません。");

    /// <summary>The portal's rate limit answered: nothing is lost, the resident only has to come back.</summary>
    public static TextMessage TryLater { get; } = new("ただいま混み合っています。しばらくしてからもう一度お試しください。");

    public static TextMessage CouldNotStart { get; } = new("いまログインを始められませんでした。少し時間をおいて、もう一度お試しください。");

    public static IReadOnlyList<OutgoingMessage> Expired { get; } =
    [
        new TextMessage("ログインの受付時間が過ぎたため、ログインを終了しました。ご利用の際は、もう一度メニューから選んでください。"),
        Replies.Menu(),
    ];

    public static IReadOnlyList<OutgoingMessage> Denied { get; } =
    [
        new TextMessage("ログインが取り消されました。ご利用の際は、もう一度メニューから選んでください。"),
        Replies.Menu(),
    ];
}
