using System.Net;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.ExternalSites.Authorization;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// The authorization page's HTML: plain HTML and one inline style, no script (the card login step reloads itself with
/// a meta refresh), no external resources, sized for a phone. Every value is HTML-encoded here; the only markup not
/// written here is the QR code's SVG. Every page names the site, so the resident knows who asks.
/// </summary>
public static class AuthorizationPageHtml
{
    public const string FormTokenField = "form_token";

    public const string DecisionField = "decision";

    public const string Consented = "consent";

    public const string Refuse = "refuse";

    /// <summary>How often the card login step looks again (seconds).</summary>
    public const int RefreshSeconds = 3;

    private const string Style =
        "body{margin:0;font-family:system-ui,-apple-system,\"Hiragino Sans\",\"Noto Sans JP\",sans-serif;line-height:1.7;color:#1a1a1a;background:#f5f6f8}" +
        "main{max-width:32rem;margin:0 auto;padding:1.25rem}" +
        "h1{font-size:1.3rem;margin:0 0 1rem}h2{font-size:1.05rem;margin:0 0 .5rem}" +
        "section{background:#fff;border-radius:.5rem;padding:1rem;margin:0 0 1rem;box-shadow:0 1px 2px rgba(0,0,0,.08)}" +
        "button{margin-top:.75rem;width:100%;font-size:1.1rem;padding:.7rem;border:0;border-radius:.4rem;background:#0050a0;color:#fff}" +
        "button.secondary{background:#fff;color:#0050a0;border:1px solid #0050a0}" +
        "code,a{word-break:break-all}" +
        "pre{white-space:pre-wrap;word-break:break-all;background:#f0f0f0;padding:.6rem;border-radius:.4rem}" +
        ".code{font-size:1.6rem;letter-spacing:.15em;font-weight:bold;text-align:center}" +
        ".qr svg{display:block;width:100%;max-width:16rem;height:auto;margin:0 auto}" +
        ".note{font-size:.9rem;color:#555}" +
        ".error{border-left:.3rem solid #b00020}";

    private static readonly string StyleHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)));

    /// <summary>
    /// Nothing but the page itself and this one style, never in a frame. Forms post to the portal, and the consent form's
    /// answer redirects to the site, which form-action must allow (browsers check it on the redirect too).
    /// </summary>
    public static string ContentSecurityPolicy(string? siteOrigin = null) =>
        $"default-src 'none'; style-src 'sha256-{StyleHash}'; form-action 'self'{(siteOrigin is null ? "" : " " + siteOrigin)}; " +
        "base-uri 'none'; frame-ancestors 'none'";

    public static string Start(AuthorizationTransaction t, string? failure = null) => Page("マイナポータルでログイン",
        Asker(t) +
        (failure is null ? "" : $"<section class=\"error\"><p>{Encode(failure)}</p></section>") +
        "<section><p>マイナンバーカードでログインすると、このサイトに提供する情報を確認する画面に進みます。</p>" +
        Form(t, "card-login", "<button type=\"submit\">マイナンバーカードでログイン</button>") + "</section>");

    /// <summary>The card login under way: the link, command and QR code for the signer, and the code to type into it.</summary>
    public static string CardLogin(AuthorizationTransaction t, string link, string qrSvg)
    {
        var expires = (t.CardRequestExpiresAt ?? t.ExpiresAt).ToOffset(TimeSpan.FromHours(9));
        var body = new StringBuilder(Asker(t))
            .Append("<section><h2>署名アプリに入力するコード</h2><p class=\"code\">").Append(Encode(t.UserCode ?? "")).Append("</p>")
            .Append("<p class=\"note\">署名アプリがコードを求めたら、この画面のコードを入力してください。</p></section>")
            .Append("<section><h2>スマートフォンで</h2><p>マイナンバーカード対応の署名アプリで、このQRコードを読み取るか、リンクを開いてください。</p>")
            .Append("<div class=\"qr\" role=\"img\" aria-label=\"ログイン用リンクのQRコード\">").Append(qrSvg).Append("</div>")
            .Append("<p><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(link)).Append("</a></p></section>")
            .Append("<section><h2>パソコンで</h2><p>カードリーダーにカードを置いて、次のコマンドを実行してください。</p>")
            .Append("<pre><code>myna-signer login ").Append(Encode(link)).Append("</code></pre></section>")
            .Append("<section><p>ログインが終わると、この画面は自動で次に進みます。有効期限: ")
            .Append(Encode(expires.ToString("H時mm分"))).Append("（日本時間）</p></section>");
        return Page("マイナンバーカードでログイン", body.ToString(), refresh: true);
    }

    /// <summary>The account has not finished 利用者登録: do it in the portal or the chat, then come back within the time.</summary>
    public static string RegistrationRequired(AuthorizationTransaction t) => Page("利用者登録が必要です",
        Asker(t) +
        "<section class=\"error\"><p>このマイナンバーカードでは、マイナポータルの利用者登録がまだ完了していません。" +
        "マイナポータル（チャット）で利用者登録を済ませてから、この画面に戻って「登録を確認する」を押してください。</p>" +
        "<p><a href=\"\">登録を確認する</a></p></section>" +
        "<section>" + Form(t, "consent", $"<button class=\"secondary\" type=\"submit\" name=\"{DecisionField}\" value=\"{Refuse}\">サイトに戻る</button>") +
        "</section>");

    /// <summary>What the site asks for and the two answers.</summary>
    public static string Consent(AuthorizationTransaction t, IReadOnlyList<string> items)
    {
        var body = new StringBuilder(Asker(t))
            .Append("<section><h2>このサイトに提供される情報</h2><ul>");
        foreach (var item in items)
        {
            body.Append("<li>").Append(Encode(item)).Append("</li>");
        }
        body.Append("</ul><p class=\"note\">同意すると、次回からこのサイトが同じ情報を求めるときは確認を省略します。連携はマイナポータルの「連携中のサイト」からいつでも解除できます。</p>")
            .Append(Form(t, "consent",
                $"<button type=\"submit\" name=\"{DecisionField}\" value=\"{Consented}\">同意する</button>" +
                $"<button class=\"secondary\" type=\"submit\" name=\"{DecisionField}\" value=\"{Refuse}\">同意しない</button>"))
            .Append("</section>");
        return Page("情報提供への同意", body.ToString());
    }

    /// <summary>An error page: what happened and what to do; never a link back to an unverified site.</summary>
    public static string Error(string title, string message) =>
        Page(title, $"<section class=\"error\"><p>{Encode(message)}</p></section>");

    private static string Asker(AuthorizationTransaction t) =>
        $"<section><p><strong>{Encode(t.SiteName)}</strong>（{Encode(new Uri(t.RedirectUri).Host)}）が、マイナポータルでのログインを求めています。</p>" +
        "<p class=\"note\">心当たりがない場合は、何もせずにこのページを閉じてください。</p></section>";

    private static string Form(AuthorizationTransaction t, string action, string buttons) =>
        $"<form method=\"post\" action=\"authorization/{action}\"><input type=\"hidden\" name=\"{FormTokenField}\" value=\"{Encode(t.FormToken)}\">{buttons}</form>";

    private static string Page(string title, string body, bool refresh = false) =>
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">" +
        (refresh ? $"<meta http-equiv=\"refresh\" content=\"{RefreshSeconds}\">" : "") +
        $"<title>{Encode(title)} | マイナポータル</title><style>{Style}</style></head>" +
        $"<body><main><h1>{Encode(title)}</h1>{body}</main></body></html>";

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
