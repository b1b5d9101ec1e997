namespace Signer.Cli.Text;

/// <summary>
/// Everything the signer says to a resident: plain Japanese first, then one English line. Kept here, at the edge,
/// so the card library stays free of user-facing text.
/// </summary>
public static class Messages
{
    public const string NoReader =
        "ICカードリーダーが見つかりません。リーダーをパソコンに接続してから、もう一度お試しください。\nNo card reader was found. Connect a reader and try again.";

    public const string NoCard =
        "マイナンバーカードが見つかりません。カードをリーダーに置いてから、もう一度お試しください。\nNo card is on the reader. Place your My Number card on it and try again.";

    public const string CardRemoved =
        "読み取りの途中でカードが離れました。カードを置いたまま、もう一度お試しください。\nThe card was removed during the operation. Keep it on the reader and try again.";

    public const string PinBlocked =
        "暗証番号がロックされています。お住まいの市区町村の窓口で、暗証番号の初期化（再設定）の手続をしてください。\nThe PIN is blocked. Have it reset at your municipal office (市区町村の窓口).";

    public const string PinBlockedNow =
        "暗証番号が違います。続けて間違えたため、暗証番号がロックされました。お住まいの市区町村の窓口で、暗証番号の初期化（再設定）の手続をしてください。\nWrong PIN. The PIN is now blocked; have it reset at your municipal office (市区町村の窓口).";

    public const string CertificateExpired =
        "電子証明書の有効期限が切れています。お住まいの市区町村の窓口で更新の手続をしてください。\nThe certificate on the card has expired. Renew it at your municipal office.";

    public const string CertificateRevoked =
        "この電子証明書は失効しています。お住まいの市区町村の窓口にご相談ください。\nThe certificate on the card has been revoked. Ask your municipal office.";

    public const string CertificateUntrusted =
        "カードの電子証明書を確認できませんでした。マイナンバーカードをお使いか確認してください。\nThe card's certificate could not be verified. Make sure this is a My Number card.";

    public const string BadSignature =
        "署名を確認できませんでした。もう一度お試しください。\nThe signature could not be verified. Please try again.";

    public const string RequestExpired =
        "要求の有効期限が切れました。元の画面に戻って、最初からやり直してください。\nThe request has expired. Go back and start again.";

    public const string RequestUsed =
        "この要求はすでに使われています。元の画面に戻って、最初からやり直してください。\nThis request has already been used. Go back and start again.";

    public const string PortalUnreachable =
        "マイナポータルに接続できませんでした。インターネット接続を確認して、もう一度お試しください。\nThe portal could not be reached. Check your connection and try again.";

    public const string Cancelled = "中止しました。\nCancelled.";

    public const string NotAMyNumberCard =
        "このカードはマイナンバーカードではないか、読み取れない状態です。\nThis card is not a My Number card, or it cannot be read.";

    public const string Done = "完了しました。元の画面に戻ってください。\nDone. Return to the screen you came from.";

    public const string UntrustedPortal =
        "このリンクは、設定された マイナポータル のものではありません。何も署名していません。リンクを送ってきた相手に注意してください。\nThis link is not from a portal this signer trusts. Nothing was signed.";

    public const string RequestMismatch =
        "署名を求められた内容が、開いたリンクと一致しません。なりすましのおそれがあるため、何も署名していません。\nWhat the portal asked to sign does not match the link. Nothing was signed.";

    public const string CodeTooOften =
        "コードを続けて間違えたため、この要求は使えなくなりました。操作を始めた画面から、最初からやり直してください。\nThe code was wrong too often; the request has ended. Start again.";

    public const string NotSubmittersCard =
        "このカードは、申請したアカウントのマイナンバーカードではありません。申請は、申請したご本人のカードで署名してください。\nThis card is not one the submitting account signs in with.";

    public static string WrongCode(int attemptsLeft) =>
        $"コードが違います。操作を始めた画面に表示されたコードを確認してください（あと{attemptsLeft}回）。\nWrong code. {attemptsLeft} tries left.";

    public static string WrongPin(int triesLeft) => triesLeft == 1
        ? "暗証番号が違います。次に間違えるとロックされ、市区町村の窓口での手続が必要になります。入力には十分ご注意ください。\nWrong PIN. ONE try left: the next wrong PIN blocks it."
        : $"暗証番号が違います。あと{triesLeft}回間違えるとロックされます。\nWrong PIN. {triesLeft} tries left before it is blocked.";

    public static string Refused(string? title) =>
        $"マイナポータルが要求を受け付けませんでした。{title}\nThe portal refused the request.";

    public static string Unexpected(string what) =>
        $"予期しないエラーが発生しました。時間をおいてもう一度お試しください。\nUnexpected error: {what}";
}
