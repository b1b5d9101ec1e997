using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Portal.Domain.Errors;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.Codes;

/// <summary>
/// Authorization codes for sites: issued once the resident consented, redeemed once by the same client with the same
/// redirect URI, the PKCE verifier of the pushed challenge and, when the request named one, the same DPoP key. Anything
/// wrong is <c>invalid_grant</c> (one answer; the log says what) and leaves the code for its rightful client; a second
/// redemption is told apart (<see cref="AuthorizationCodeReusedException"/>) so the tokens of the first can be revoked.
/// </summary>
public sealed class AuthorizationCodes(PortalDatabase database, TimeProvider clock, ILogger<AuthorizationCodes> logger)
{
    /// <summary>FAPI 2.0 Security Profile §5.3.2.1: at most 60 seconds.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>Kept past its lifetime so a replay a little later is still recognised as one.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);

    private DocumentStore<AuthorizationCode> Store => new(database.Container(PortalContainers.Grants));

    /// <returns>The code to send to the site (256 random bits); only its hash is stored.</returns>
    public async Task<string> IssueAsync(NewAuthorizationCode code, CancellationToken cancellationToken)
    {
        var value = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        await Store.CreateAsync(new AuthorizationCode
        {
            Id = IdOf(value), ClientId = code.ClientId, RedirectUri = code.RedirectUri, CodeChallenge = code.CodeChallenge,
            DpopJkt = code.DpopJkt, AccountId = code.AccountId, Scopes = code.Scopes, Nonce = code.Nonce,
            AuthenticatedAt = code.AuthenticatedAt, IssuedAt = now, ExpiresAt = now + Lifetime, Ttl = (int)Retention.TotalSeconds,
        }, cancellationToken);
        return value;
    }

    /// <exception cref="OAuthErrorException">invalid_grant: unknown, expired, or not bound to what was presented.</exception>
    /// <exception cref="AuthorizationCodeReusedException">Redeemed before.</exception>
    public async Task<AuthorizationCode> RedeemAsync(CodeRedemption redemption, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(redemption.Code) || redemption.Code.Length > 64)
        {
            throw Refuse(redemption, "no code or not one this portal makes");
        }
        var id = IdOf(redemption.Code);
        var stored = await Store.ReadAsync(id, id, cancellationToken) ?? throw Refuse(redemption, "unknown code");
        var code = stored.Document;
        if (code.RedeemedAt is not null)
        {
            throw Reused(code);
        }
        var why = !string.Equals(code.ClientId, redemption.ClientId, StringComparison.Ordinal) ? "issued to another client"
            : clock.GetUtcNow() >= code.ExpiresAt ? "expired"
            : !string.Equals(code.RedirectUri, redemption.RedirectUri, StringComparison.Ordinal) ? "another redirect_uri"
            : !Pkce.Verifies(redemption.CodeVerifier, code.CodeChallenge) ? "code_verifier missing or wrong"
            : code.DpopJkt is { } bound && !string.Equals(bound, redemption.DpopJkt, StringComparison.Ordinal) ? "DPoP key is not the one the request named"
            : null;
        if (why is not null)
        {
            throw Refuse(redemption, why);
        }
        // Marked with the ETag read: of two redemptions at once, the one whose write loses is the replay.
        var redeemed = code with { RedeemedAt = clock.GetUtcNow() };
        try
        {
            await Store.ReplaceAsync(redeemed, stored.ETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw Reused(code);
        }
        return redeemed;
    }

    /// <summary>"ac-" and base64url SHA-256 of the code.</summary>
    public static string IdOf(string code) => "ac-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    private OAuthErrorException Refuse(CodeRedemption redemption, string why)
    {
        logger.LogInformation("Authorization code refused for client {ClientId}: {Reason}", redemption.ClientId, why);
        return new OAuthErrorException(OAuthErrors.InvalidGrant, "The authorization code is invalid, expired, or was not issued for this request.");
    }

    private AuthorizationCodeReusedException Reused(AuthorizationCode code)
    {
        logger.LogWarning("Authorization code of client {ClientId} presented again after it was redeemed", code.ClientId);
        return new AuthorizationCodeReusedException(code.ClientId, code.AccountId);
    }
}
