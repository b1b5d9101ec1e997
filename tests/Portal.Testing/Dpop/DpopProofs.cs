using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Testing.Dpop;

/// <summary>A client's DPoP key and the proofs it makes (RFC 9449 §4.2), each part overridable to make a bad one.</summary>
public sealed class DpopProofs
{
    private readonly SecurityKey _signing;
    private readonly string _algorithm;

    private DpopProofs(SecurityKey signing, string algorithm, Dictionary<string, object> publicJwk, string thumbprintInput)
    {
        (_signing, _algorithm, PublicJwk) = (signing, algorithm, publicJwk);
        Thumbprint = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(thumbprintInput)));
    }

    /// <summary>The public key as the proof's header carries it.</summary>
    public Dictionary<string, object> PublicJwk { get; }

    /// <summary>RFC 7638 computed here from the members, not by the library the portal uses.</summary>
    public string Thumbprint { get; }

    public static DpopProofs Es256()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportParameters(true);
        var (x, y) = (Base64Url.EncodeToString(key.Q.X), Base64Url.EncodeToString(key.Q.Y));
        return new DpopProofs(new ECDsaSecurityKey(ECDsa.Create(key)), SecurityAlgorithms.EcdsaSha256,
            new() { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = x, ["y"] = y },
            $$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""");
    }

    public static DpopProofs Rsa(string algorithm = SecurityAlgorithms.RsaSsaPssSha256)
    {
        var key = RSA.Create(2048).ExportParameters(true);
        var (n, e) = (Base64Url.EncodeToString(key.Modulus), Base64Url.EncodeToString(key.Exponent));
        return new DpopProofs(new RsaSecurityKey(RSA.Create(key)), algorithm,
            new() { ["kty"] = "RSA", ["n"] = n, ["e"] = e },
            $$"""{"e":"{{e}}","kty":"RSA","n":"{{n}}"}""");
    }

    /// <summary>A proof for <paramref name="method"/> <paramref name="uri"/>; <paramref name="change"/> edits the claims and header first.</summary>
    public string Make(string method, Uri uri, DateTimeOffset issuedAt, string? nonce, string? accessToken = null,
        Action<Dictionary<string, object>, Dictionary<string, object>>? change = null, DpopProofs? signedBy = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["htm"] = method,
            ["htu"] = uri.ToString(),
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
        };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }
        if (accessToken is not null)
        {
            claims["ath"] = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken)));
        }
        var header = new Dictionary<string, object> { ["jwk"] = PublicJwk };
        change?.Invoke(claims, header);
        var typ = header.Remove("typ", out var t) ? (string)t : "dpop+jwt";
        var signer = signedBy ?? this;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = typ,
            Claims = claims,
            AdditionalHeaderClaims = header,
            SigningCredentials = new SigningCredentials(signer._signing, signer._algorithm),
        });
    }
}
