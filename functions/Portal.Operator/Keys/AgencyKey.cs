using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Operator.Cli;

namespace Portal.Operator.Keys;

/// <summary>
/// An agency's public key for private_key_jwt, as stored: a public JWK whose kid is its RFC 7638 thumbprint.
/// RSA (2048 bits or more) and EC P-256 are accepted; <see cref="Generate"/> makes P-256 (ES256), which FAPI 2.0
/// allows where it does not allow RS256, and whose keys and signatures are small and fast to make.
/// </summary>
public sealed record AgencyKey(string KeyId, string Jwk)
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string EcOid = "1.2.840.10045.2.1";
    private const string P256Oid = "1.2.840.10045.3.1.7";

    private static readonly string[] PrivateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    /// <summary>A new P-256 key pair: the stored key and both halves as PEM (PKCS#8 private, SPKI public).</summary>
    public static (AgencyKey Key, string PrivatePem, string PublicPem) Generate()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (FromEc(ecdsa), ecdsa.ExportPkcs8PrivateKeyPem(), ecdsa.ExportSubjectPublicKeyInfoPem());
    }

    /// <summary>A public key from a PEM (PUBLIC KEY or RSA PUBLIC KEY) or JWK file; a private key is refused.</summary>
    /// <exception cref="OperatorException">Unreadable, private, or of a kind or size not accepted.</exception>
    public static AgencyKey FromFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OperatorException($"公開鍵ファイル {path} を読めません: {e.Message}", ExitCodes.Failure, e);
        }
        try
        {
            return text.TrimStart().StartsWith('{') ? FromJwk(text, path) : FromPem(text, path);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or ArgumentException)
        {
            throw new OperatorException($"{path} は公開鍵として読めません（PEM の PUBLIC KEY か JWK）: {e.Message}", ExitCodes.Failure, e);
        }
    }

    private static AgencyKey FromPem(string text, string path)
    {
        if (!PemEncoding.TryFind(text, out var fields))
        {
            throw new OperatorException($"{path} に PEM が見つかりません（-----BEGIN PUBLIC KEY----- で始まる公開鍵を指定します）。");
        }
        var label = text[fields.Label];
        if (label.Contains("PRIVATE", StringComparison.Ordinal))
        {
            throw PrivateKeyGiven(path);
        }
        var der = Convert.FromBase64String(text[fields.Base64Data]);
        if (label == "RSA PUBLIC KEY")
        {
            using var rsa = RSA.Create();
            rsa.ImportRSAPublicKey(der, out _);
            return FromRsa(rsa);
        }
        if (label != "PUBLIC KEY")
        {
            throw new OperatorException($"{path} は \"{label}\" です。PUBLIC KEY（SPKI）の PEM を指定してください。");
        }
        var publicKey = PublicKey.CreateFromSubjectPublicKeyInfo(der, out _);
        switch (publicKey.Oid.Value)
        {
            case RsaOid:
                using (var rsa = publicKey.GetRSAPublicKey()!)
                {
                    return FromRsa(rsa);
                }
            case EcOid:
                using (var ecdsa = publicKey.GetECDsaPublicKey()!)
                {
                    return FromEc(ecdsa);
                }
            default:
                throw Unsupported();
        }
    }

    private static AgencyKey FromJwk(string text, string path)
    {
        var jwk = JsonNode.Parse(text)?.AsObject() ?? throw new FormatException("JSON オブジェクトではありません。");
        if (PrivateMembers.Any(jwk.ContainsKey))
        {
            throw PrivateKeyGiven(path);
        }
        switch ((string?)jwk["kty"])
        {
            case "RSA":
                using (var rsa = RSA.Create())
                {
                    rsa.ImportParameters(new RSAParameters { Modulus = Member(jwk, "n"), Exponent = Member(jwk, "e") });
                    return FromRsa(rsa);
                }
            case "EC" when (string?)jwk["crv"] == "P-256":
                using (var ecdsa = ECDsa.Create())
                {
                    ecdsa.ImportParameters(new ECParameters
                    {
                        Curve = ECCurve.NamedCurves.nistP256,
                        Q = new ECPoint { X = Member(jwk, "x"), Y = Member(jwk, "y") },
                    });
                    return FromEc(ecdsa);
                }
            default:
                throw Unsupported();
        }
    }

    private static AgencyKey FromRsa(RSA rsa)
    {
        if (rsa.KeySize < 2048)
        {
            throw new OperatorException($"RSA 鍵が {rsa.KeySize} ビットです。2048 ビット以上にしてください。");
        }
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var n = Base64Url.EncodeToString(parameters.Modulus);
        var e = Base64Url.EncodeToString(parameters.Exponent);
        var kid = JwkThumbprint.OfRsa(n, e);
        return new AgencyKey(kid, new JsonObject { ["kty"] = "RSA", ["kid"] = kid, ["use"] = "sig", ["n"] = n, ["e"] = e }.ToJsonString());
    }

    private static AgencyKey FromEc(ECDsa ecdsa)
    {
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid?.Value != P256Oid && parameters.Curve.Oid?.FriendlyName is not ("nistP256" or "ECDSA_P256"))
        {
            throw Unsupported();
        }
        var x = Base64Url.EncodeToString(parameters.Q.X);
        var y = Base64Url.EncodeToString(parameters.Q.Y);
        var kid = JwkThumbprint.OfEc("P-256", x, y);
        return new AgencyKey(kid, new JsonObject
        {
            ["kty"] = "EC", ["kid"] = kid, ["use"] = "sig", ["alg"] = "ES256", ["crv"] = "P-256", ["x"] = x, ["y"] = y,
        }.ToJsonString());
    }

    private static byte[] Member(JsonObject jwk, string name) =>
        (string?)jwk[name] is { Length: > 0 } value ? Base64Url.DecodeFromChars(value) : throw new FormatException($"JWK に \"{name}\" がありません。");

    private static OperatorException PrivateKeyGiven(string path) =>
        new($"{path} は秘密鍵です。公開鍵（public.pem など）を指定してください。秘密鍵は機関の手元から出しません。");

    private static OperatorException Unsupported() =>
        new("使える鍵は RSA（2048 ビット以上）と EC P-256 だけです。");
}
