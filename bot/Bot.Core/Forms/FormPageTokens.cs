using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Forms;

/// <summary>
/// Tokens of the web form page (sensitive fields and attachments): 256 random bits after the conversation's key, so the
/// page finds its conversation by id and checks the token, its expiry and the draft there. Short-lived; one is reused while it
/// has a few minutes left. The page is served by the bot host at <c>{Bot:PublicBaseUrl}/api/forms/page/{token}</c>.
/// </summary>
/// <param name="publicBaseUrl">The bot host's public origin (<c>Bot:PublicBaseUrl</c>).</param>
public sealed class FormPageTokens(string publicBaseUrl, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The live token kept (a link sent a moment ago still works), or a new one.</summary>
    public FormProgress Issue(FormProgress progress, string conversationKey) =>
        progress.PageTokenExpiresAt > time.GetUtcNow() + TimeSpan.FromMinutes(5) ? progress : progress with
    {
        PageToken = $"{Encode(conversationKey)}.{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}",
        PageTokenExpiresAt = time.GetUtcNow() + Lifetime,
    };

    public Uri PageUrl(string token) => new($"{publicBaseUrl.TrimEnd('/')}/api/forms/page/{token}");

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

    /// <summary>Whether <paramref name="token"/> is the live one of this progress (constant time).</summary>
    public bool IsValid(FormProgress? progress, string token) =>
        progress is { PageToken: { } expected, PageTokenExpiresAt: { } expires } && expires > time.GetUtcNow()
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(token));

    private static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
