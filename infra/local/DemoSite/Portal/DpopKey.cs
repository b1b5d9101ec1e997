using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DemoSite.Portal;

/// <summary>
/// The site's DPoP key (RFC 9449): ES256, made at start and kept for the process, so the access tokens the portal
/// binds to it stay usable until the process ends (a restart signs residents in again).
/// </summary>
public sealed class DpopKey : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly Dictionary<string, object> _publicJwk;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly TimeProvider _clock;

    public DpopKey(TimeProvider clock)
    {
        _clock = clock;
        var q = _key.ExportParameters(includePrivateParameters: false).Q;
        _publicJwk = new() { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = Base64Url.EncodeToString(q.X), ["y"] = Base64Url.EncodeToString(q.Y) };
    }

    /// <summary>A proof for one request: htu without query or fragment (§4.2); ath when it carries an access token (§7.1).</summary>
    public string Proof(HttpMethod method, Uri uri, string? nonce, string? accessToken)
    {
        var claims = new Dictionary<string, object>
        {
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["htm"] = method.Method,
            ["htu"] = uri.GetLeftPart(UriPartial.Path),
            ["iat"] = _clock.GetUtcNow().ToUnixTimeSeconds(),
        };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }
        if (accessToken is not null)
        {
            claims["ath"] = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken)));
        }
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = "dpop+jwt",
            Claims = claims,
            AdditionalHeaderClaims = new Dictionary<string, object> { ["jwk"] = _publicJwk },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(_key), SecurityAlgorithms.EcdsaSha256),
        });
    }

    public void Dispose() => _key.Dispose();
}
