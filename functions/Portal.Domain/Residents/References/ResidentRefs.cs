using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Residents.References;

/// <summary>
/// residentRef: a pairwise pseudonymous id of a resident for one receiving body, what an agency addresses a personal
/// notice to. HMAC-SHA256 under a secret key of (body, account): the same resident and body always give the same ref,
/// another body another one, and nobody without the key can link two bodies' refs or guess one from an account id.
/// A hash cannot be turned back, so each ref given out is also recorded in <see cref="ResidentRefIndex"/>.
/// </summary>
public sealed class ResidentRefs(IOptions<ResidentRefOptions> options)
{
    private const string Prefix = "rr_";

    private readonly Lazy<byte[]> _key = new(() => Load(options.Value));

    /// <param name="body">The receiving body's partition key in <c>applications</c> (its code, or national-{id}).</param>
    public string For(string body, string accountId)
    {
        ArgumentException.ThrowIfNullOrEmpty(body);
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        var mac = HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes($"{body}\n{accountId}"));
        return Prefix + Base64Url.EncodeToString(mac.AsSpan(0, 16));
    }

    /// <summary>
    /// A key for another purpose derived from the same secret (HKDF with the purpose as info): one secret in Key Vault,
    /// and a key derived for one purpose says nothing about the refs or another purpose's key.
    /// </summary>
    internal byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _key.Value, 32, info: Encoding.UTF8.GetBytes(purpose));

    /// <summary>The shape of a ref, checked before any read.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: 25 } && text.StartsWith(Prefix, StringComparison.Ordinal)
        && text.AsSpan(Prefix.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    /// <exception cref="InvalidOperationException">No key, or not 32 bytes: the host must not give out refs without one.</exception>
    private static byte[] Load(ResidentRefOptions options)
    {
        var text = options.Key is { Length: > 0 } key ? key
            : options.KeyFile is { Length: > 0 } file ? File.ReadAllText(file)
            : throw new InvalidOperationException($"Set {ResidentRefOptions.Section}:Key or {ResidentRefOptions.Section}:KeyFile (32 random bytes, base64).");
        var bytes = Convert.FromBase64String(text.Trim());
        return bytes.Length == 32 ? bytes : throw new InvalidOperationException($"{ResidentRefOptions.Section} key must be 32 bytes.");
    }
}
