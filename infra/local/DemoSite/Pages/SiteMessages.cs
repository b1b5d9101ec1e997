namespace DemoSite.Pages;

/// <summary>What the site tells the resident when something did not work, in their words.</summary>
public static class SiteMessages
{
    public const string ConsentRefused = "マイナポータルで同意されなかったため、ログインしていません。利用するには、もう一度ログインして情報の提供に同意してください。";

    public const string SignInFailed = "マイナポータルでのログインを完了できませんでした。お手数ですが、もう一度ログインしてください。";

    public const string LinkLost = "マイナポータルとの連携が解除されたか、有効期限が切れました。もう一度ログインしてください。";

    public const string PortalUnreachable = "マイナポータルに接続できないため、ログインを始められませんでした。しばらくしてから、もう一度お試しください。";

    public const string PortalUnavailable = "マイナポータルから情報を取得できませんでした。しばらくしてから、もう一度お試しください。";
}
