using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Identity.Clients;

/// <summary>
/// Verifies a private_key_jwt client assertion (RFC 7523 §2.2, §3; OIDC Core §9) of a confidential client or an
/// agency: signed by one of the client's keys valid now, with an asymmetric algorithm; iss = sub = client_id; aud a
/// single string equal to the issuer (FAPI 2.0 Security Profile §5.3.2.1: the token endpoint URL is not accepted);
/// iat present, not ahead of now and at most <see cref="MaxLifetime"/> old; exp present and at most
/// <see cref="MaxLifetime"/> ahead; jti present and never seen before.
/// </summary>
public sealed class ClientAssertionValidator(
    ClientAssertionReplayGuard replays, IOptions<TokenOptions> options, TimeProvider clock,
    ILogger<ClientAssertionValidator>? logger = null)
{
    /// <summary>An assertion is made for one request: a long-lived one is a stolen one waiting to happen.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>No HMAC (no shared secrets are registered) and never "none".</summary>
    public static readonly IReadOnlyList<string> Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    /// <summary>External sites: FAPI 2.0 Security Profile §5.4.1 allows PS256 and ES256 (and EdDSA), never RS256.</summary>
    public static readonly IReadOnlyList<string> FapiAlgorithms = [SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger _logger = logger ?? NullLogger<ClientAssertionValidator>.Instance;

    /// <exception cref="OAuthErrorException">invalid_client, whatever is wrong: one answer for all (the log says what).</exception>
    public async Task ValidateAsync(RegisteredClient client, string assertion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var keys = client.KeysValidAt(now).Select(KeyOf).OfType<SecurityKey>().ToList();
        if (keys.Count == 0)
        {
            throw Refuse(client, "the client has no key valid now");
        }
        var settings = options.Value;
        var result = await _handler.ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = client.Id,
            ValidAudience = settings.IssuerName,
            IssuerSigningKeys = keys,
            ValidAlgorithms = client.IsSite ? FapiAlgorithms : Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            // Judged against the portal's clock (testable), not the machine's. The arithmetic is on "now": a missing
            // nbf arrives as DateTime.MinValue, which cannot have the skew subtracted.
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } end && end.ToUniversalTime() > now.UtcDateTime - ClockSkew
                && (notBefore is null || notBefore.Value.ToUniversalTime() <= now.UtcDateTime + ClockSkew),
        });
        if (!result.IsValid)
        {
            throw Refuse(client, result.Exception?.GetType().Name ?? "invalid");
        }
        var token = (JsonWebToken)result.SecurityToken;
        if (!string.Equals(token.Subject, client.Id, StringComparison.Ordinal))
        {
            throw Refuse(client, "sub is not the client_id");
        }
        // FAPI 2.0: the issuer as a string, not an array that also holds it (an assertion for several audiences can
        // be replayed at each of them).
        if (AudienceOf(token) != settings.IssuerName)
        {
            throw Refuse(client, "aud is not the issuer as a single string");
        }
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Iat, out _))
        {
            throw Refuse(client, "iat is required");
        }
        var issuedAt = new DateTimeOffset(token.IssuedAt, TimeSpan.Zero);
        if (issuedAt > now + ClockSkew || issuedAt < now - MaxLifetime - ClockSkew)
        {
            throw Refuse(client, "iat is in the future or too long ago");
        }
        var expires = new DateTimeOffset(token.ValidTo, TimeSpan.Zero);
        if (expires > now + MaxLifetime + ClockSkew)
        {
            throw Refuse(client, $"exp is more than {MaxLifetime.TotalMinutes} minutes ahead");
        }
        if (string.IsNullOrEmpty(token.Id) || token.Id.Length > 256)
        {
            throw Refuse(client, "jti is required");
        }
        if (!await replays.TryUseAsync(client.Id, token.Id, expires, cancellationToken))
        {
            throw Refuse(client, "the assertion was already used");
        }
    }

    /// <summary>The client id an assertion claims (its iss), unverified: only to know whose keys to verify it with.</summary>
    public static string? ClaimedClientIdOf(string assertion)
    {
        try
        {
            return assertion.Length <= 16 * 1024 ? new JsonWebToken(assertion).Issuer : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The aud claim when it is a JSON string; null for an array (the token's own accessors read a one-element array
    /// as a string, so the payload is read as it was sent).
    /// </summary>
    private static string? AudienceOf(JsonWebToken token)
    {
        using var payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.EncodedPayload));
        return payload.RootElement.TryGetProperty(JwtRegisteredClaimNames.Aud, out var aud) && aud.ValueKind == JsonValueKind.String
            ? aud.GetString()
            : null;
    }

    /// <summary>A registered JWK that cannot be read is skipped (the CLI validates them; a bad one must not stop the others).</summary>
    private static JsonWebKey? KeyOf(ClientKey key)
    {
        try
        {
            var jwk = new JsonWebKey(key.Jwk);
            jwk.KeyId ??= key.KeyId;
            return jwk;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private OAuthErrorException Refuse(RegisteredClient client, string reason)
    {
        _logger.LogWarning("Refused a client assertion of {ClientId}: {Reason}", client.Id, reason);
        return ClientAuthenticator.Failed();
    }
}
