using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Portal.Contracts.Histories;

/// <summary>
/// JWS compact serialization (RFC 7515) with ES256 only: enough for history heads, with nothing for an attacker to
/// choose (no "none", no algorithm from the header). .NET's ECDSA signatures are already JWS's r‖s form.
/// </summary>
public static class CompactJws
{
    public const string Algorithm = "ES256";

    public static string Sign(ECDsa key, string keyId, string type, JsonObject payload)
    {
        var header = new JsonObject { ["alg"] = Algorithm, ["kid"] = keyId, ["typ"] = type };
        var signingInput = $"{Encode(header)}.{Encode(payload)}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>Splits a compact JWS without checking its signature.</summary>
    /// <returns>False when it is not three base64url parts of which the first two are JSON objects.</returns>
    public static bool TryRead(string jws, out JsonObject header, out JsonObject payload)
    {
        header = payload = null!;
        var parts = jws.Split('.');
        if (parts.Length != 3 || !parts.All(p => Base64Url.IsValid(p)))
        {
            return false;
        }
        try
        {
            header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0])) as JsonObject ?? throw new FormatException();
            payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) as JsonObject ?? throw new FormatException();
            return true;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="key"/> made the signature of <paramref name="jws"/> (ES256).</summary>
    public static bool Verify(string jws, ECDsa key)
    {
        var lastDot = jws.LastIndexOf('.');
        if (lastDot < 0 || !Base64Url.IsValid(jws.AsSpan(lastDot + 1)))
        {
            return false;
        }
        var signature = Base64Url.DecodeFromChars(jws.AsSpan(lastDot + 1));
        return key.VerifyData(Encoding.ASCII.GetBytes(jws[..lastDot]), signature, HashAlgorithmName.SHA256);
    }

    private static string Encode(JsonObject part) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(part.ToJsonString()));
}
