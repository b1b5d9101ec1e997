using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Contracts.Errors;

namespace Portal.Domain.Procedures.Serving;

/// <summary>
/// The opaque さがす page token: base64url of the next offset, the catalog version it was counted in, and a short hash of
/// the query. After a refresh (another version) or with another query, the token restarts from the first page rather
/// than skip or repeat results.
/// </summary>
public static class ContinuationToken
{
    private const int MaxLength = 200;

    private sealed record Payload(int O, string V, string Q);

    public static string Encode(int offset, string version, string queryHash) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Payload(offset, version, queryHash)));

    /// <returns>The offset to start from: 0 for no token, a stale version or another query.</returns>
    /// <exception cref="CatalogQueryException">Not a token this API made.</exception>
    public static int OffsetOf(string? token, string version, string queryHash)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }
        Payload? payload = null;
        try
        {
            if (token.Length <= MaxLength)
            {
                payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(token));
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
        }
        if (payload is not { O: >= 0, V: not null, Q: not null })
        {
            throw new CatalogQueryException("page", FieldErrorCodes.InvalidContinuation);
        }
        return payload.V == version && payload.Q == queryHash ? payload.O : 0;
    }

    /// <summary>A short hash of what selects the results (not the page).</summary>
    public static string HashOf(string? text, string? localGovernmentCode, string? category, string? lifeEvent, bool onlineOnly)
    {
        var key = $"{text}\u001f{localGovernmentCode}\u001f{category}\u001f{lifeEvent}\u001f{onlineOnly}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 6));
    }
}
