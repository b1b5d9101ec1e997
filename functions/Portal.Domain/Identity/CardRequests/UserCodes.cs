using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>
/// User codes (RFC 8628 §6.1): 8 characters from 20 consonants without vowels (no words, no 0/O or 1/I confusion),
/// about 34.5 bits, shown as XXXX-XXXX.
/// </summary>
public static class UserCodes
{
    public const string Alphabet = "BCDFGHJKLMNPQRSTVWXZ";

    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>XXXX-XXXX.</summary>
    public static string Display(string code) => $"{code[..4]}-{code[4..]}";

    /// <summary>base64url SHA-256 of a code (normalized), as a card request stores it.</summary>
    public static string HashOf(string code) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(Normalize(code) ?? throw new ArgumentException("Not a user code.", nameof(code)))));

    /// <summary>Whether <paramref name="typed"/> is the code whose hash is <paramref name="hash"/>, compared in constant time.</summary>
    public static bool Matches(string hash, string? typed) =>
        Normalize(typed) is { } code
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(code)), Encoding.ASCII.GetBytes(hash));

    /// <summary>What a resident typed, normalized (case, hyphen, spaces), or null when it cannot be a user code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }
        var code = new string(typed.Where(c => c != '-' && !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
