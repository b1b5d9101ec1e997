using System.Buffers.Text;
using System.Text.Json;

namespace Bot.Core.Login;

/// <summary>
/// What the bot reads from the portal's ID token: only <c>sid</c>, the login it belongs to. Not validated: the token
/// came straight from the portal's token endpoint over TLS, which OpenID Connect Core §3.1.3.7 (6) accepts in place of
/// the signature, and it decides nothing but which conversation a new-login notice skips. The access token stays opaque.
/// </summary>
public static class IdTokenClaims
{
    /// <returns>The <c>sid</c> claim; null when there is no readable one.</returns>
    public static string? SessionOf(string? idToken)
    {
        var parts = idToken?.Split('.');
        if (parts is not { Length: 3 })
        {
            return null;
        }
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return payload.RootElement.TryGetProperty("sid", out var sid) && sid.ValueKind == JsonValueKind.String ? sid.GetString() : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
