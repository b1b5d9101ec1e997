using System.Net;
using System.Security.Cryptography;
using Portal.Contracts.Dates;

namespace Bot.Core.Content;

/// <summary>
/// The content link's pages: self-contained (no script, no third-party resource, one nonce'd style), lang=ja. The offer
/// is a form posting the link's anti-CSRF token to the same address (CSP form-action 'self'); times in Japan.
/// </summary>
public static class ContentPageHtml
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public static ContentPage Offer(ContentLink link, ContentLinkRequest request)
    {
        var asked = link.CreatedAt.ToOffset(Japan);
        var expires = link.ExpiresAt.ToOffset(Japan);
        return Page(200, "表示の確認", $"""
            <dl><dt>依頼</dt><dd>{E(ContentLinks.ChannelName(request.Channel))}のチャットから（{E(When(asked))}）</dd>
            <dt>表示する内容</dt><dd>{E(request.Description)}</dd>
            <dt>有効期限</dt><dd>{E(When(expires))}まで・1回だけ表示できます</dd></dl>
            <p>ご自身が依頼したものであれば「表示する」を押してください。押すとマイナポータルから取得して表示します。
            画面を閉じると、もう一度は表示できません。</p>
            <form method="post"><input type="hidden" name="csrf" value="{E(request.Csrf)}"><button type="submit">表示する</button></form>
            """);
    }

    public static ContentPage Content(ContentBody body) => Page(200, body.Title,
        body.Html + "<p class=\"note\">この画面は保存されません。閉じると、もう一度は表示できません。必要なときはチャットからもう一度お求めください。</p>");

    /// <summary>404: no such link; 410: used or expired. The resident is told the same either way but the status differs.</summary>
    public static ContentPage Gone(int status) => Page(status, "このリンクは使えません",
        "<p>このリンクは使用済みか、有効期限が切れています。表示できるのは1回だけ、発行から10分間です。"
        + "チャットからもう一度お求めください。</p>");

    public static ContentPage Forbidden() => Page(403, "表示できませんでした",
        "<p>この画面からの操作ではないため、表示しませんでした。チャットのリンクを開き直して「表示する」を押してください。</p>");

    public static ContentPage LoggedOut() => Page(200, "表示できませんでした",
        "<p>チャットのログインが終了しているため、表示できませんでした。チャットでもう一度ログインしてから、お求めください。</p>");

    /// <summary>Escapes a value for HTML text and attributes.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string When(DateTimeOffset time) =>
        $"{JapaneseEras.Format(DateOnly.FromDateTime(time.DateTime))} {time:HH:mm}";

    private static ContentPage Page(int status, string title, string body)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var html = $"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer"><title>{E(title)}</title>
            <style nonce="{nonce}">body{"{"}font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem{"}"}
            dt{"{"}font-weight:bold{"}"}dd{"{"}margin:0 0 .6rem 0{"}"}button{"{"}font-size:1.1rem;padding:.5rem 1.5rem{"}"}
            table{"{"}border-collapse:collapse;width:100%;margin:.5rem 0{"}"}th,td{"{"}border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top{"}"}
            th{"{"}width:40%;background:#f4f4f4{"}"}.withheld{"{"}color:#b00020;font-weight:bold{"}"}.note{"{"}color:#555{"}"}</style></head>
            <body><h1>{E(title)}</h1>
            {body}
            </body></html>
            """;
        var policy = $"default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        return new ContentPage(status, html, policy);
    }
}
