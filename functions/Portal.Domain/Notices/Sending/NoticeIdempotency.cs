using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// An agency's Idempotency-Key turned into the notice's id, so a retried POST finds the notice it made instead of
/// sending a second one. The key itself is never stored; the same key from two agencies names two notices.
/// </summary>
public static class NoticeIdempotency
{
    public const int MaxKeyLength = 255;

    /// <summary>1–255 visible ASCII characters (what a header carries without encoding).</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is >= '!' and <= '~');

    /// <summary>Lower-case hex SHA-256 of the client id, a newline and the key.</summary>
    public static string KeyHash(string clientId, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{clientId}\n{key}")));

    /// <summary>A notice id (<see cref="NoticeIdentifiers"/>' format) derived from the key's hash.</summary>
    public static string NoticeIdFor(string keyHash) =>
        "ntc-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes("notice\n" + keyHash)).AsSpan(0, 12));

    /// <summary>
    /// What the agency sent, as sent (before defaults such as publishAt = now, which would differ on a retry), hashed:
    /// the same key with other content is refused rather than answered with a notice the agency did not ask for.
    /// </summary>
    public static string RequestHash(NoticeContent content, NoticeAudienceRequest? audience) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { content, audience })));
}
