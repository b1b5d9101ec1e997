using System.Security.Cryptography;

namespace Bot.Channels.WebChat.Page;

/// <summary>
/// The web chat page: one self-contained HTML document (inline CSS and JS, nothing from elsewhere), allowed to run only
/// its own script and style by a fresh nonce per response. Message text is only ever set as textContent.
/// </summary>
public static class WebChatPage
{
    private static readonly string Template = Load();

    public static (string Html, string ContentSecurityPolicy) Render()
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var csp = $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src 'self' https: data:; "
                  + "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
        return (Template.Replace("{{nonce}}", nonce, StringComparison.Ordinal), csp);
    }

    private static string Load()
    {
        using var stream = typeof(WebChatPage).Assembly.GetManifestResourceStream("Bot.Channels.WebChat.webchat.html")
            ?? throw new InvalidOperationException("The web chat page is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
