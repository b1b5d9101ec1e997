using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.ExternalSites.Codes;

/// <summary>PKCE with S256 only (RFC 7636; FAPI 2.0 allows no plain).</summary>
public static class Pkce
{
    private const string Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    /// <summary>Whether <paramref name="verifier"/> is a well-formed code_verifier (§4.1) whose S256 hash is <paramref name="challenge"/> (§4.6).</summary>
    public static bool Verifies(string? verifier, string challenge)
    {
        if (verifier is not { Length: >= 43 and <= 128 } || verifier.AsSpan().IndexOfAnyExcept(Unreserved) >= 0)
        {
            return false;
        }
        var hash = Encoding.ASCII.GetBytes(Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        return CryptographicOperations.FixedTimeEquals(hash, Encoding.ASCII.GetBytes(challenge));
    }
}
