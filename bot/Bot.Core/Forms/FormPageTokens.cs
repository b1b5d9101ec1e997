using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Forms;

/// <summary>
/// Tokens of the web form page (sensitive fields and attachments): 256 random bits after the conversation's key, so the
/// page finds its conversation by id and checks the token, its expiry and the draft there. Short-lived; one is reused while it
/// has a few minutes left. The page is served by the bot host at <c>{Bot:PublicBaseUrl}/api/forms/page/{token}</c>; the
/// print link of a procedure not taken online, made the same way, at <c>{Bot:PublicBaseUrl}/api/forms/print/{token}</c>.
/// </summary>
/// <param name="publicBaseUrl">The bot host's public origin (<c>Bot:PublicBaseUrl</c>).</param>
/// <param name="liffId">
/// <c>Bot:Line:LiffId</c>: a LIFF app whose endpoint URL is <c>{Bot:PublicBaseUrl}/api/forms/page</c>; page links sent on
/// LINE then open in the LIFF browser as <c>https://liff.line.me/{liffId}/{token}</c>.
/// </param>
public sealed class FormPageTokens(string publicBaseUrl, TimeProvider time, string? liffId = null)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The live token kept (a link sent a moment ago still works), or a new one.</summary>
    public FormFilling Issue(FormFilling filling, string conversationKey) =>
        filling.PageTokenExpiresAt > time.GetUtcNow() + TimeSpan.FromMinutes(5) ? filling : filling with
    {
        PageToken = NewToken(conversationKey),
        PageTokenExpiresAt = time.GetUtcNow() + Lifetime,
    };

    /// <summary>The page's address; on LINE with a LIFF app configured, its LIFF URL (the token as the additional path).</summary>
    public Uri PageUrl(string token, string? channel = null) => channel == Messages.Channels.Line && liffId is { Length: > 0 }
        ? new($"https://liff.line.me/{liffId}/{token}")
        : new($"{publicBaseUrl.TrimEnd('/')}/api/forms/page/{token}");

    /// <summary>
    /// The page path a LIFF primary redirect asks for: LINE opens the endpoint with the additional path in
    /// <c>liff.state</c> ("/{token}"), which the LIFF SDK would follow; the bot follows it itself (no SDK, no CDN).
    /// </summary>
    public static string? LiffPagePath(string? liffState) =>
        liffState is ['/', .. var token] && token.Length is > 0 and <= 512
            && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? $"/api/forms/page/{token}"
            : null;

    /// <summary>The print link's token, made the same way, kept while it has a few minutes left.</summary>
    public FormFilling IssuePrint(FormFilling filling, string conversationKey) =>
        filling.PrintTokenExpiresAt > time.GetUtcNow() + TimeSpan.FromMinutes(5) ? filling : filling with
    {
        PrintToken = NewToken(conversationKey),
        PrintTokenExpiresAt = time.GetUtcNow() + Lifetime,
    };

    /// <summary>The bot's address of the draft's PDF: the portal's print needs a bearer token the browser does not have.</summary>
    public Uri PrintUrl(string token) => new($"{publicBaseUrl.TrimEnd('/')}/api/forms/print/{token}");

    public bool IsValidPrint(FormFilling? filling, string token) =>
        filling is { PrintToken: { } expected, PrintTokenExpiresAt: { } expires } && Matches(expected, expires, token);

    /// <summary>The conversation key a token names, or null for a malformed token.</summary>
    public static string? ConversationKey(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }
        try
        {
            var part = token[..dot].Replace('-', '+').Replace('_', '/');
            return Encoding.UTF8.GetString(Convert.FromBase64String(part.PadRight(part.Length + (4 - part.Length % 4) % 4, '=')));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="token"/> is the live one of this form filling (constant time).</summary>
    public bool IsValid(FormFilling? filling, string token) =>
        filling is { PageToken: { } expected, PageTokenExpiresAt: { } expires } && Matches(expected, expires, token);

    private bool Matches(string expected, DateTimeOffset expires, string token) =>
        expires > time.GetUtcNow() && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(token));

    private static string NewToken(string conversationKey) =>
        $"{Encode(conversationKey)}.{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";

    private static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
