using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Storage.Secrets;

/// <summary>
/// Seals a secret string for storage: AES-256-GCM under the ring's current key, a random 96-bit nonce per value, as
/// <c>enc1.{kid}.{base64url(nonce|ciphertext|tag)}</c>. The associated data binds the prefix, the document id and the
/// field, so a value copied into another conversation or another field does not open. Opening never throws: a value
/// that does not open (unknown kid, altered, wrong place, or stored in clear) is absent to the caller.
/// </summary>
public sealed class SealedValues(StateKeyRing keys)
{
    public const string Version = "enc1";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public string Seal(string value, string documentId, string field)
    {
        var plain = Encoding.UTF8.GetBytes(value);
        var payload = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = payload.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(keys.CurrentKey, TagBytes))
        {
            aes.Encrypt(nonce, plain, payload.AsSpan(NonceBytes, plain.Length), payload.AsSpan(NonceBytes + plain.Length),
                AssociatedData(keys.CurrentId, documentId, field));
        }
        return $"{Version}.{keys.CurrentId}.{Base64Url.EncodeToString(payload)}";
    }

    /// <summary>The value sealed for this document and field, or false when it does not open.</summary>
    public bool TryOpen(string? sealedValue, string documentId, string field, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (sealedValue is null || !sealedValue.StartsWith(Version + ".", StringComparison.Ordinal))
        {
            return false;
        }
        var rest = sealedValue.AsSpan(Version.Length + 1);
        var dot = rest.IndexOf('.');
        if (dot < 0 || !StateKeyRing.IsKeyId(rest[..dot]))
        {
            return false;
        }
        var keyId = rest[..dot].ToString();
        if (!keys.TryGet(keyId, out var key))
        {
            return false;
        }
        byte[] payload;
        try
        {
            payload = Base64Url.DecodeFromChars(rest[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return false;
        }
        if (payload.Length < NonceBytes + TagBytes)
        {
            return false;
        }
        var cipherLength = payload.Length - NonceBytes - TagBytes;
        var plain = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(payload.AsSpan(0, NonceBytes), payload.AsSpan(NonceBytes, cipherLength), payload.AsSpan(NonceBytes + cipherLength),
                plain, AssociatedData(keyId, documentId, field));
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
        value = Encoding.UTF8.GetString(plain);
        return true;
    }

    /// <summary>NUL-separated: neither ids nor field names contain one, so two different triples never collide.</summary>
    private static byte[] AssociatedData(string keyId, string documentId, string field) =>
        Encoding.UTF8.GetBytes($"{Version}.{keyId}\0{documentId}\0{field}");
}
