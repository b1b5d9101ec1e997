using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DemoSite.Pages;

/// <summary>The page around every view: Japanese, phone width, the site's name; every value goes through <see cref="Encode"/>.</summary>
public static class PageLayout
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public static IResult Html(string siteName, string body, int status = StatusCodes.Status200OK) => Results.Content($"""
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(siteName)}</title>
        <link rel="stylesheet" href="{SiteStyles.Path}">
        </head>
        <body>
        <header><h1>{Encode(siteName)}</h1></header>
        <main>
        {body}
        </main>
        </body>
        </html>
        """, "text/html; charset=utf-8", statusCode: status);
}
