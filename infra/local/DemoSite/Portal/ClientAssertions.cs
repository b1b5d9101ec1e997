using DemoSite.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DemoSite.Portal;

/// <summary>
/// private_key_jwt (RFC 7523 §2.2) for the pushed authorization request and the token request: iss = sub = the
/// client id, aud = the portal's issuer (FAPI 2.0: the issuer, not the endpoint), a fresh jti, living a minute.
/// </summary>
public sealed class ClientAssertions(IOptions<DemoSiteOptions> options, TimeProvider clock)
{
    public const string Type = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private readonly Lazy<SiteSigningKey> _key = new(() => SiteSigningKey.Load(options.Value.ClientKeyFile));

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Create()
    {
        var now = clock.GetUtcNow();
        var site = options.Value;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = site.ClientId,
            Audience = site.Portal.Issuer,
            IssuedAt = now.UtcDateTime,
            Expires = now.AddMinutes(1).UtcDateTime,
            Claims = new Dictionary<string, object> { ["sub"] = site.ClientId, ["jti"] = Guid.NewGuid().ToString("N") },
            SigningCredentials = _key.Value.Credentials,
        });
    }
}
