using System.Security.Cryptography;
using System.Text;

namespace Bot.Channels.Line.Webhook;

/// <summary>
/// <c>X-Line-Signature</c>: Base64(HMAC-SHA256(channel secret, raw body bytes)). Checked on the bytes as received,
/// before anything parses them, and compared in constant time so the answer time says nothing about the signature.
/// </summary>
public sealed class LineSignature
{
    private const int HashLength = 32;

    private readonly byte[] key;

    public LineSignature(string channelSecret)
    {
        if (string.IsNullOrEmpty(channelSecret))
        {
            throw new InvalidOperationException("Bot:Line:ChannelSecret is not configured.");
        }

        key = Encoding.UTF8.GetBytes(channelSecret);
    }

    public bool IsValid(ReadOnlySpan<byte> body, string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        Span<byte> given = stackalloc byte[HashLength + 3];
        if (!Convert.TryFromBase64String(header, given, out var length) || length != HashLength)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HashLength];
        HMACSHA256.HashData(key, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given[..HashLength]);
    }

    /// <summary>The header value LINE would send for <paramref name="body"/> (tests and local tools sign with it).</summary>
    public static string Sign(string channelSecret, ReadOnlySpan<byte> body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body));
}
