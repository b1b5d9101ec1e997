using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Domain.Identity.Dpop;

/// <summary>
/// Checks a DPoP proof as RFC 9449 §4.3 lists: one well-formed JWT of type <c>dpop+jwt</c>, signed with an allowed
/// asymmetric algorithm by the public key in its own header (no private parts), for this method and URI, made recently,
/// with the access token's hash at a resource, with a nonce this portal gave out (§8), and never seen before (§11.1).
/// Every check but the nonce's gives the same <see cref="DpopErrors.InvalidProof"/>; the log says which failed.
/// </summary>
public sealed class DpopProofValidator(DpopReplayGuard replays, DpopNonces nonces, TimeProvider clock, ILogger<DpopProofValidator> logger)
{
    public const string ProofType = "dpop+jwt";

    /// <summary>FAPI 2.0 Security Profile §5.4.1: PS256 or ES256 (RS256 is not allowed; EdDSA is not offered here).</summary>
    public static readonly IReadOnlyList<string> Algorithms = [SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    /// <summary>How old a proof may be: with the nonce a client cannot make it much older anyway.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private static readonly string[] PrivateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    private readonly JsonWebTokenHandler _handler = new();

    /// <exception cref="DpopProofRefusedException">The proof is missing or fails a check, or needs a current nonce.</exception>
    public async Task<DpopProof> ValidateAsync(DpopRequest request, CancellationToken cancellationToken)
    {
        if (request.Proofs.Count != 1 || string.IsNullOrEmpty(request.Proofs[0]))
        {
            throw Refuse(request.Proofs.Count == 0 ? "no DPoP header" : "not exactly one DPoP header");
        }
        var proof = request.Proofs[0];
        var key = KeyOf(proof);
        var checkedToken = await _handler.ValidateTokenAsync(proof, new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidAlgorithms = Algorithms,
            ValidTypes = [ProofType],
            RequireSignedTokens = true,
            RequireExpirationTime = false,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        });
        if (!checkedToken.IsValid || checkedToken.SecurityToken is not JsonWebToken token)
        {
            throw Refuse($"signature, type or algorithm ({checkedToken.Exception?.GetType().Name})");
        }
        var jti = Claim(token, "jti");
        if (!string.Equals(Claim(token, "htm"), request.Method, StringComparison.Ordinal))
        {
            throw Refuse("htm is not the request's method");
        }
        if (!SameTarget(Claim(token, "htu"), request.Target))
        {
            throw Refuse("htu is not the request's URI");
        }
        var issuedAt = IssuedAt(token);
        var now = clock.GetUtcNow();
        if (issuedAt > now + ClockSkew || issuedAt < now - MaxAge - ClockSkew)
        {
            throw Refuse("iat is not recent");
        }
        if (request.AccessToken is { } accessToken
            && !string.Equals(Claim(token, "ath", required: false), Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))), StringComparison.Ordinal))
        {
            throw Refuse("ath is not the hash of the presented access token");
        }
        if (!await nonces.IsCurrentAsync(Claim(token, "nonce", required: false), cancellationToken))
        {
            logger.LogInformation("DPoP proof without a current nonce: the client is sent one");
            throw new DpopProofRefusedException(DpopErrors.UseNonce, "Use the nonce in the DPoP-Nonce header.");
        }
        var thumbprint = Base64Url.EncodeToString(key.ComputeJwkThumbprint());
        if (!await replays.TryUseAsync(thumbprint, jti, MaxAge + ClockSkew * 2, cancellationToken))
        {
            throw Refuse("jti was used before");
        }
        return new DpopProof(thumbprint, issuedAt);
    }

    /// <summary>The public key in the proof's header: an RSA key or a P-256 key, with no private member.</summary>
    private JsonWebKey KeyOf(string proof)
    {
        using var header = HeaderOf(proof);
        if (!header.RootElement.TryGetProperty("jwk", out var jwk) || jwk.ValueKind != JsonValueKind.Object)
        {
            throw Refuse("no jwk in the header");
        }
        if (PrivateMembers.Any(member => jwk.TryGetProperty(member, out _)))
        {
            throw Refuse("the jwk holds a private or symmetric key");
        }
        var key = JsonWebKey.Create(jwk.GetRawText());
        var usable = key.Kty switch
        {
            JsonWebAlgorithmsKeyTypes.RSA => !string.IsNullOrEmpty(key.N) && !string.IsNullOrEmpty(key.E),
            JsonWebAlgorithmsKeyTypes.EllipticCurve => key.Crv == JsonWebKeyECTypes.P256 && !string.IsNullOrEmpty(key.X) && !string.IsNullOrEmpty(key.Y),
            _ => false,
        };
        return usable ? key : throw Refuse("the jwk is not an RSA or P-256 public key");
    }

    private JsonDocument HeaderOf(string proof)
    {
        var dot = proof.IndexOf('.', StringComparison.Ordinal);
        try
        {
            return dot > 0 ? JsonDocument.Parse(Base64Url.DecodeFromChars(proof.AsSpan(0, dot))) : throw Refuse("not a JWS");
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Refuse("the header is not base64url JSON");
        }
    }

    private string Claim(JsonWebToken token, string name, bool required = true) =>
        token.TryGetPayloadValue<string>(name, out var value) && !string.IsNullOrEmpty(value) ? value
        : required ? throw Refuse($"no {name}") : "";

    private DateTimeOffset IssuedAt(JsonWebToken token) =>
        token.TryGetPayloadValue<long>("iat", out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : throw Refuse("no iat");

    /// <summary>Scheme, host, port and path as URIs compare them (case of scheme and host aside); query and fragment ignored.</summary>
    private static bool SameTarget(string htu, Uri target) =>
        Uri.TryCreate(htu, UriKind.Absolute, out var claimed)
        && Uri.Compare(claimed, target, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped, StringComparison.Ordinal) == 0;

    private DpopProofRefusedException Refuse(string why)
    {
        logger.LogInformation("DPoP proof refused: {Reason}", why);
        return new DpopProofRefusedException(DpopErrors.InvalidProof, "The DPoP proof is not valid for this request.");
    }
}
