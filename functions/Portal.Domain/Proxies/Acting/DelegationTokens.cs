using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Proxies.Acting;

/// <summary>
/// Delegation tokens: a JWT the portal signs with its token key, saying "this proxy holds this delegation"
/// (<c>sub</c> = the proxy's account, <c>dlg</c> = the delegation, <c>aud</c> = the issuer itself). Worthless alone: the
/// token exchange also wants the proxy's own access token, and reads the delegation's state again. Its own
/// <c>typ</c>, so it is never taken for an access token nor an access token for it.
/// </summary>
public sealed class DelegationTokens(TokenSigningKeyStore keys, IOptions<TokenOptions> options, TimeProvider clock)
{
    /// <summary>The longest one lives: the proxy asks for another (a point read) rather than holding one for years.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    private const string Type = "delegation+jwt";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>For the delegation's proxy; it ends with the delegation's period, or after <see cref="MaxLifetime"/>.</summary>
    public async Task<IssuedDelegationToken> IssueAsync(Delegation delegation)
    {
        var signing = (await keys.GetAsync()).Current;
        var now = clock.GetUtcNow();
        var expires = delegation.ValidUntil < now + MaxLifetime ? delegation.ValidUntil : now + MaxLifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Value.IssuerName,
            Audience = options.Value.IssuerName,
            IssuedAt = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            TokenType = Type,
            SigningCredentials = new SigningCredentials(TokenSigningKeyStore.SecurityKeyOf(signing), SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = delegation.ProxyId!,
                [AccessTokenService.DelegationClaim] = delegation.Id,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
        };
        return new IssuedDelegationToken(_handler.CreateToken(descriptor), expires);
    }

    /// <returns>Null when it is not one of ours: malformed, forged, expired, or another type of token.</returns>
    public async Task<PresentedDelegationToken?> ValidateAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 8192 || !_handler.CanReadToken(token))
        {
            return null;
        }
        string? keyId;
        try
        {
            keyId = _handler.ReadJsonWebToken(token).Kid;
        }
        catch (ArgumentException)
        {
            return null;
        }
        var signingKeys = (await keys.GetForKeyIdAsync(keyId)).All.Select(TokenSigningKeyStore.SecurityKeyOf).ToList();
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Value.IssuerName,
            ValidAudience = options.Value.IssuerName,
            IssuerSigningKeys = signingKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidTypes = [Type],
            RequireExpirationTime = true,
            // The portal's clock (testable), as for access tokens.
            LifetimeValidator = (_, expires, _, _) => expires is { } end && end.ToUniversalTime() > clock.GetUtcNow().UtcDateTime - ClockSkew,
        });
        if (!result.IsValid)
        {
            return null;
        }
        var proxy = result.ClaimsIdentity.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        var delegation = result.ClaimsIdentity.FindFirst(AccessTokenService.DelegationClaim)?.Value;
        return proxy is { Length: > 0 } && delegation is { Length: > 0 } ? new PresentedDelegationToken(proxy, delegation) : null;
    }
}
