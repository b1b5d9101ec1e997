using System.Security.Cryptography;
using System.Text;
using Bot.Core.Forms;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>
/// Tokens of the 公金受取口座 page, made like the form page's (<see cref="FormPageTokens"/>): the conversation's key, then
/// 256 random bits, so the page finds its conversation and checks the token there in constant time. 15 minutes, one use:
/// a registration spends it. Served at <c>{Bot:PublicBaseUrl}/api/public-funds-account/page/{token}</c>.
/// </summary>
public sealed class PublicFundsAccountPageTokens(string publicBaseUrl, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public PublicFundsAccountPageToken Issue(string conversationKey)
    {
        var random = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = Convert.ToBase64String(Encoding.UTF8.GetBytes(conversationKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new PublicFundsAccountPageToken($"{key}.{random}", time.GetUtcNow() + Lifetime);
    }

    public Uri PageUrl(string token) => new($"{publicBaseUrl.TrimEnd('/')}/api/public-funds-account/page/{token}");

    /// <summary>The conversation key a token names, or null for a malformed token.</summary>
    public static string? ConversationKey(string token) => FormPageTokens.ConversationKey(token);

    public bool IsValid(PublicFundsAccountPageToken? live, string token) =>
        live is not null && live.ExpiresAt > time.GetUtcNow()
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(live.Token), Encoding.UTF8.GetBytes(token));
}
