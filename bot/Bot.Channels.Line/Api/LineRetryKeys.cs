using System.Security.Cryptography;
using System.Text;

namespace Bot.Channels.Line.Api;

/// <summary>
/// <c>X-Line-Retry-Key</c>s derived from a stable delivery key (a notice page and batch), as a name-based UUID
/// (RFC 9562 version 5): a page the queue redelivers, on whichever instance, sends the same keys, so LINE answers 409
/// for what it already accepted instead of delivering it again. A random key per attempt could not do that.
/// </summary>
public static class LineRetryKeys
{
    /// <summary>The namespace of this bot's keys (a fixed random UUID): other name-based UUIDs never collide with them.</summary>
    private static readonly Guid Namespace = new("6f1c2a52-8d0e-4c55-9a57-3c0b8f4e2d71");

    public static Guid From(string deliveryKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var name = Encoding.UTF8.GetBytes(deliveryKey);
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
