using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.ExternalSites.Tokens;

/// <summary>
/// A site's access tokens: JWTs (RFC 9068) for the external API only — their own audience, so no resident endpoint
/// (which wants <see cref="TokenOptions.Audience"/>) takes one — bound to the DPoP key of the token request
/// (<c>cnf.jkt</c>, RFC 9449 §6), signed PS256 with the portal's RSA key (FAPI 2.0 allows no RS256).
/// </summary>
public sealed class SiteAccessTokens(TokenSigningKeyStore keys, IOptions<TokenOptions> options, TimeProvider clock)
{
    /// <summary>The external API's audience (<c>aud</c>).</summary>
    public const string Audience = "portal-external-api";

    /// <summary>FAPI 2.0 §5.3.2.1 asks for short-lived tokens; never longer than this, whatever the resident tokens live.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10);

    private const string TokenType = "at+jwt";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    private TimeSpan Lifetime => options.Value.AccessTokenLifetime < MaxLifetime ? options.Value.AccessTokenLifetime : MaxLifetime;

    public async Task<IssuedAccessToken> IssueAsync(string subject, string clientId, IReadOnlyList<string> scopes, string keyThumbprint)
    {
        var signing = (await keys.GetAsync()).Current;
        var now = clock.GetUtcNow();
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.IssuerName,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            TokenType = TokenType,
            SigningCredentials = new SigningCredentials(TokenSigningKeyStore.SecurityKeyOf(signing), SecurityAlgorithms.RsaSsaPssSha256),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = subject,
                ["client_id"] = clientId,
                ["scope"] = string.Join(' ', scopes),
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
                ["cnf"] = new Dictionary<string, object> { ["jkt"] = keyThumbprint },
            },
        });
        return new IssuedAccessToken(token, Lifetime);
    }

    /// <exception cref="SiteTokenRefusedException">invalid_token: malformed, not ours, expired, another audience, unbound.</exception>
    public async Task<SiteAccessTokenClaims> ValidateAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 8192 || !_handler.CanReadToken(token))
        {
            throw Refused("empty, oversized or not a JWT");
        }
        var signingKeys = (await keys.GetForKeyIdAsync(KeyIdIn(token))).All.Select(TokenSigningKeyStore.SecurityKeyOf).ToList();
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Value.IssuerName,
            ValidAudience = Audience,
            IssuerSigningKeys = signingKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSsaPssSha256],
            ValidTypes = [TokenType],
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } end && end.ToUniversalTime() > clock.GetUtcNow().UtcDateTime - ClockSkew
                && (notBefore is null || notBefore.Value.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime + ClockSkew),
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            throw Refused(result.Exception?.GetType().Name ?? "invalid");
        }
        return new SiteAccessTokenClaims(
            Text(jwt, JwtRegisteredClaimNames.Sub), Text(jwt, "client_id"),
            Text(jwt, "scope").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            ThumbprintOf(jwt), DateTimeOffset.FromUnixTimeSeconds(jwt.TryGetPayloadValue<long>("iat", out var iat) ? iat : throw Refused("no iat")));
    }

    private static string Text(JsonWebToken jwt, string claim) =>
        jwt.TryGetPayloadValue<string>(claim, out var value) && !string.IsNullOrEmpty(value) ? value : throw Refused($"no {claim}");

    private static string ThumbprintOf(JsonWebToken jwt)
    {
        var cnf = jwt.TryGetClaim("cnf", out var claim) ? claim.Value : null;
        try
        {
            using var parsed = JsonDocument.Parse(cnf ?? "null");
            return parsed.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("jkt", out var jkt)
                && jkt.GetString() is { Length: > 0 } thumbprint ? thumbprint : throw Refused("no cnf.jkt");
        }
        catch (JsonException)
        {
            throw Refused("cnf is not an object");
        }
    }

    private string? KeyIdIn(string token)
    {
        try
        {
            return _handler.ReadJsonWebToken(token).Kid is { Length: > 0 } kid ? kid : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static SiteTokenRefusedException Refused(string reason) => new(SiteTokenRefusedException.InvalidToken, reason);
}
