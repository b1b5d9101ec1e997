using System.Net;
using System.Security.Cryptography;
using System.Text;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;

namespace Portal.Functions.Identity;

/// <summary>
/// The device page's HTML (RFC 8628 §3.3): plain HTML and one inline style, no script, no external resources, sized
/// for a phone. Every value is HTML-encoded here; the only markup not written here is the QR code's SVG, drawn from
/// the link by the QR renderer.
/// </summary>
public static class DevicePageHtml
{
    private const string Style =
        "body{margin:0;font-family:system-ui,-apple-system,\"Hiragino Sans\",\"Noto Sans JP\",sans-serif;line-height:1.7;color:#1a1a1a;background:#f5f6f8}" +
        "main{max-width:32rem;margin:0 auto;padding:1.25rem}" +
        "h1{font-size:1.3rem;margin:0 0 1rem}h2{font-size:1.05rem;margin:0 0 .5rem}" +
        "section{background:#fff;border-radius:.5rem;padding:1rem;margin:0 0 1rem;box-shadow:0 1px 2px rgba(0,0,0,.08)}" +
        "label{display:block;font-weight:bold;margin-bottom:.5rem}" +
        "input{box-sizing:border-box;width:100%;font-size:1.4rem;letter-spacing:.15em;text-transform:uppercase;padding:.6rem;border:1px solid #888;border-radius:.4rem}" +
        "button{margin-top:.75rem;width:100%;font-size:1.1rem;padding:.7rem;border:0;border-radius:.4rem;background:#0050a0;color:#fff}" +
        "code,a{word-break:break-all}" +
        "pre{white-space:pre-wrap;word-break:break-all;background:#f0f0f0;padding:.6rem;border-radius:.4rem}" +
        ".qr svg{display:block;width:100%;max-width:16rem;height:auto;margin:0 auto}" +
        ".note{font-size:.9rem;color:#555}" +
        ".error{border-left:.3rem solid #b00020}";

    /// <summary>The response's Content-Security-Policy: nothing but the page itself and this one style.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The page with only the form; <paramref name="typed"/> is put back in the field.</summary>
    public static string Form(string? typed = null) => Page("コードの入力", CodeForm(typed));

    /// <summary>
    /// A pending request: who asks and from which device, the link for the signer, the command, the QR code and the
    /// expiry. Never the code: a page a link opens must not show it, or a forwarded link would carry it along.
    /// </summary>
    public static string Authorization(CardRequest request, string link, string qrSvg)
    {
        var expires = request.ExpiresAt.ToOffset(TimeSpan.FromHours(9));
        var started = request.Requester.RequestedAt.ToOffset(TimeSpan.FromHours(9));
        var body = new StringBuilder()
            .Append("<section><p><strong>").Append(Encode(request.Requester.ClientName)).Append("</strong> が、マイナンバーカードでのログインを求めています。</p>")
            .Append("<p>開始した端末: ").Append(Encode(DeviceKindLabels.Of(request.Requester.DeviceKind)))
            .Append("（").Append(Encode(started.ToString("H時mm分"))).Append("）</p>")
            .Append("<p class=\"note\">ご自身で操作していない場合は、何もせずにこのページを閉じてください。署名アプリでも、同じコードの入力を求められます。</p></section>")
            .Append("<section><h2>スマートフォンで</h2><p>マイナンバーカード対応の署名アプリで、このQRコードを読み取ってください。</p>")
            .Append("<div class=\"qr\" role=\"img\" aria-label=\"ログイン用リンクのQRコード\">").Append(qrSvg).Append("</div>")
            .Append("<p><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(link)).Append("</a></p></section>")
            .Append("<section><h2>パソコンで</h2><p>カードリーダーにカードを置いて、次のコマンドを実行してください。</p>")
            .Append("<pre><code>myna-signer login ").Append(Encode(link)).Append("</code></pre></section>")
            .Append("<section><p>有効期限: <time datetime=\"").Append(Encode(request.ExpiresAt.ToString("O"))).Append("\">")
            .Append(Encode(expires.ToString("yyyy年M月d日 H時mm分"))).Append("</time>（日本時間）</p></section>");
        return Page("ログインの確認", body.ToString());
    }

    /// <summary>An unknown, expired or used code: what happened, and the form to try again.</summary>
    public static string Refused(string title, string message, string? typed) =>
        Page(title, $"<section class=\"error\"><p>{Encode(message)}</p></section>{CodeForm(typed)}");

    private static string CodeForm(string? typed) =>
        "<section><form method=\"post\"><label for=\"user_code\">画面に表示されたコード（8文字）を入力してください</label>" +
        $"<input id=\"user_code\" name=\"user_code\" value=\"{Encode(typed ?? "")}\" placeholder=\"XXXX-XXXX\" maxlength=\"20\" " +
        "autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\" required>" +
        "<button type=\"submit\">次へ</button></form></section>";

    private static string Page(string title, string body) =>
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">" +
        $"<title>{Encode(title)} | マイナポータル</title><style>{Style}</style></head>" +
        $"<body><main><h1>{Encode(title)}</h1>{body}</main></body></html>";

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
