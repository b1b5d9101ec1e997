using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Identity.Clients;

namespace Portal.Domain.Identity.Tokens;

/// <summary>Issues and validates the portal's short-lived RS256 access tokens (JWT, RFC 9068 style claims).</summary>
public sealed class AccessTokenService(TokenSigningKeyStore keys, IOptions<TokenOptions> options, TimeProvider clock)
{
    /// <summary>An agency token's binding: the 全国地方公共団体コード of the local government it acts for...</summary>
    public const string LocalGovernmentClaim = "lg";

    /// <summary>...or the id of the national agency.</summary>
    public const string NationalAgencyClaim = "agency";

    /// <summary>...or the 保険者番号 of the health insurer.</summary>
    public const string InsurerClaim = "insurer";

    /// <summary>A clinic token's 医療機関コード.</summary>
    public const string MedicalInstitutionClaim = "mic";

    /// <summary>A resident token's login (the name OpenID Connect gives a session id).</summary>
    public const string SessionClaim = "sid";

    /// <summary>A delegated token's acting party (RFC 8693 §4.1): <c>{"sub": proxy account}</c>.</summary>
    public const string ActorClaim = "act";

    /// <summary>A delegated token's delegation id.</summary>
    public const string DelegationClaim = "dlg";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <param name="notAfter">An earlier end than the usual lifetime (a delegated token ends with its delegation).</param>
    public async Task<IssuedAccessToken> IssueAsync(AccessTokenClaims claims, DateTimeOffset? notAfter = null)
    {
        var signing = (await keys.GetAsync()).Current;
        var now = clock.GetUtcNow();
        var lifetime = options.Value.AccessTokenLifetime;
        if (notAfter is { } end && end - now < lifetime)
        {
            lifetime = TimeSpan.FromSeconds(Math.Max(0, Math.Floor((end - now).TotalSeconds)));
        }
        var body = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = claims.Subject,
            ["client_id"] = claims.ClientId,
            ["scope"] = string.Join(' ', claims.Scopes),
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (claims.SessionId is { } sessionId)
        {
            body[SessionClaim] = sessionId;
        }
        if (claims.Actor is { } actor)
        {
            body[ActorClaim] = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = actor };
        }
        if (claims.DelegationId is { } delegation)
        {
            body[DelegationClaim] = delegation;
        }
        if (claims.Agency?.LocalGovernmentCode is { } localGovernment)
        {
            body[LocalGovernmentClaim] = localGovernment;
        }
        if (claims.Agency?.NationalAgencyId is { } nationalAgency)
        {
            body[NationalAgencyClaim] = nationalAgency;
        }
        if (claims.Agency?.InsurerNumber is { } insurer)
        {
            body[InsurerClaim] = insurer;
        }
        if (claims.MedicalInstitutionCode is { } clinic)
        {
            body[MedicalInstitutionClaim] = clinic;
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Value.IssuerName,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(TokenSigningKeyStore.SecurityKeyOf(signing), SecurityAlgorithms.RsaSha256),
            Claims = body,
        };
        return new IssuedAccessToken(_handler.CreateToken(descriptor), lifetime);
    }

    /// <exception cref="InvalidAccessTokenException">Malformed, not signed by our current or previous key, expired, or not for us.</exception>
    public async Task<AccessTokenClaims> ValidateAsync(string token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 8192)
        {
            throw new InvalidAccessTokenException("empty or oversized");
        }
        // A key id we do not hold may be another instance's freshly rotated key: the store reloads (rate-limited) first.
        var signingKeys = (await keys.GetForKeyIdAsync(KeyIdIn(token))).All.Select(TokenSigningKeyStore.SecurityKeyOf).ToList();
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Value.IssuerName,
            ValidAudience = options.Value.Audience,
            IssuerSigningKeys = signingKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidTypes = ["at+jwt"],
            RequireExpirationTime = true,
            // Judged against the portal's clock (testable), not the machine's.
            // The arithmetic is on "now": a missing nbf arrives as DateTime.MinValue, which cannot have the skew subtracted.
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } end && end.ToUniversalTime() > clock.GetUtcNow().UtcDateTime - ClockSkew
                && (notBefore is null || notBefore.Value.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime + ClockSkew),
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            throw new InvalidAccessTokenException(result.Exception?.GetType().Name ?? "invalid", result.Exception);
        }
        var identity = result.ClaimsIdentity;
        var localGovernment = identity.FindFirst(LocalGovernmentClaim)?.Value;
        var nationalAgency = identity.FindFirst(NationalAgencyClaim)?.Value;
        var insurer = identity.FindFirst(InsurerClaim)?.Value;
        return new AccessTokenClaims(
            identity.FindFirst(JwtRegisteredClaimNames.Sub)?.Value ?? throw new InvalidAccessTokenException("no subject"),
            identity.FindFirst("client_id")?.Value ?? throw new InvalidAccessTokenException("no client"),
            (identity.FindFirst("scope")?.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            localGovernment is null && nationalAgency is null && insurer is null ? null : new AgencyBinding(localGovernment, nationalAgency, insurer),
            identity.FindFirst(SessionClaim)?.Value,
            ActorOf(identity.FindFirst(ActorClaim)?.Value),
            identity.FindFirst(DelegationClaim)?.Value,
            identity.FindFirst(MedicalInstitutionClaim)?.Value);
    }

    /// <summary>The <c>act</c> claim's subject (the claim arrives as its JSON); an <c>act</c> naming none is refused.</summary>
    private static string? ActorOf(string? act)
    {
        if (act is null)
        {
            return null;
        }
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(act);
            if (json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && json.RootElement.TryGetProperty(JwtRegisteredClaimNames.Sub, out var sub)
                && sub.ValueKind == System.Text.Json.JsonValueKind.String && sub.GetString() is { Length: > 0 } actor)
            {
                return actor;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON: refused below, like an act without a subject.
        }
        throw new InvalidAccessTokenException("an act claim without a subject");
    }

    /// <summary>The header's <c>kid</c>, or null when the token cannot be read (validation then refuses it).</summary>
    private string? KeyIdIn(string token)
    {
        if (!_handler.CanReadToken(token))
        {
            return null;
        }
        try
        {
            return _handler.ReadJsonWebToken(token).Kid is { Length: > 0 } kid ? kid : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
