using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace DemoSite.Portal;

/// <summary>
/// The site's private key from its PEM file: EC P-256 signs ES256, RSA signs PS256 (FAPI 2.0 allows no RS256). Its kid
/// is the RFC 7638 thumbprint of the public half, as the portal's operator registers it.
/// </summary>
public sealed class SiteSigningKey
{
    private SiteSigningKey(SecurityKey key, string algorithm) => (Credentials, Algorithm) = (new SigningCredentials(key, algorithm), algorithm);

    public SigningCredentials Credentials { get; }

    public string Algorithm { get; }

    public static SiteSigningKey Load(string pemFile)
    {
        var pem = File.ReadAllText(pemFile);
        if (pem.Contains("RSA", StringComparison.Ordinal) || !TryEc(pem, out var ec))
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            var p = rsa.ExportParameters(includePrivateParameters: false);
            var kid = Thumbprint($$"""{"e":"{{Base64Url.EncodeToString(p.Exponent)}}","kty":"RSA","n":"{{Base64Url.EncodeToString(p.Modulus)}}"}""");
            return new SiteSigningKey(new RsaSecurityKey(rsa) { KeyId = kid }, SecurityAlgorithms.RsaSsaPssSha256);
        }
        var q = ec.ExportParameters(includePrivateParameters: false).Q;
        var ecKid = Thumbprint($$"""{"crv":"P-256","kty":"EC","x":"{{Base64Url.EncodeToString(q.X)}}","y":"{{Base64Url.EncodeToString(q.Y)}}"}""");
        return new SiteSigningKey(new ECDsaSecurityKey(ec) { KeyId = ecKid }, SecurityAlgorithms.EcdsaSha256);
    }

    private static bool TryEc(string pem, out ECDsa ec)
    {
        ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Thumbprint(string canonical) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
}
