using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Core.Portal.Client;

/// <summary>
/// The bot's private key as the portal's confidential client: signs each private_key_jwt assertion (ES256 for an EC
/// P-256 key, RS256 for RSA) with the RFC 7638 thumbprint as <c>kid</c> (what <c>portal-operator</c> registers), and
/// keys the HMAC of end-user handles. Loaded from PEM: an exportable key, since Key Vault's key operations are not
/// available to this app (the same reason the portal downloads its signing certificate).
/// </summary>
public sealed class PortalClientKey : IDisposable
{
    private readonly AsymmetricAlgorithm _key;
    private readonly byte[] _handleKey;

    private PortalClientKey(AsymmetricAlgorithm key)
    {
        _key = key;
        KeyId = Thumbprint(key);
        // A key of its own for the handles, derived so that every instance (and every restart) gives the same handle.
        _handleKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, key.ExportPkcs8PrivateKey(), 32, info: "chatbot end-user handle"u8.ToArray());
    }

    public string KeyId { get; }

    public string Algorithm => _key is ECDsa ? "ES256" : "RS256";

    /// <exception cref="InvalidOperationException">Not an EC P-256 or RSA private key in PEM (the message never holds the key).</exception>
    public static PortalClientKey FromPem(string pem)
    {
        if (TryImport(ECDsa.Create(), pem) is { } ec)
        {
            return ec.KeySize == 256 ? new PortalClientKey(ec) : throw new InvalidOperationException("The portal client key must be EC P-256 or RSA.");
        }
        return TryImport(RSA.Create(), pem) is { } rsa
            ? new PortalClientKey(rsa)
            : throw new InvalidOperationException("The portal client key is not a private key in PEM (EC P-256 or RSA).");
    }

    /// <summary>A compact JWS of <paramref name="claims"/> signed with this key.</summary>
    public string Sign(JsonObject claims)
    {
        var header = new JsonObject { ["alg"] = Algorithm, ["typ"] = "JWT", ["kid"] = KeyId };
        var input = $"{Encode(header)}.{Encode(claims)}";
        var data = Encoding.ASCII.GetBytes(input);
        var signature = _key is ECDsa ec
            ? ec.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            : ((RSA)_key).SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{input}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>An opaque, stable handle of <paramref name="value"/> (a channel user's key): never the value itself.</summary>
    public string Handle(string value) => Base64Url.EncodeToString(HMACSHA256.HashData(_handleKey, Encoding.UTF8.GetBytes(value)));

    public void Dispose() => _key.Dispose();

    private static T? TryImport<T>(T key, string pem) where T : AsymmetricAlgorithm
    {
        try
        {
            key.ImportFromPem(pem);
            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            return null;
        }
    }

    /// <summary>RFC 7638: SHA-256 of the required members in lexicographic order, base64url.</summary>
    private static string Thumbprint(AsymmetricAlgorithm key)
    {
        var members = key switch
        {
            ECDsa ec when ec.ExportParameters(false) is var p =>
                $$"""{"crv":"P-256","kty":"EC","x":"{{Base64Url.EncodeToString(p.Q.X)}}","y":"{{Base64Url.EncodeToString(p.Q.Y)}}"}""",
            RSA rsa when rsa.ExportParameters(false) is var p =>
                $$"""{"e":"{{Base64Url.EncodeToString(p.Exponent)}}","kty":"RSA","n":"{{Base64Url.EncodeToString(p.Modulus)}}"}""",
            _ => throw new InvalidOperationException("Unsupported key."),
        };
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(members)));
    }

    private static string Encode(JsonObject value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
}
