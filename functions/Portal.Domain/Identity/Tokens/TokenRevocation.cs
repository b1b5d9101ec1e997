using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// Token revocation (RFC 7009) for an authenticated client. Refresh tokens are revoked (their whole login ends);
/// access tokens are not supported: they are self-contained JWTs that are not stored and live minutes, and the login
/// they belong to is ended through its refresh token or ログイン中の端末.
/// </summary>
public sealed class TokenRevocation(RefreshTokenStore refreshTokens, AccessTokenService accessTokens)
{
    public const string AccessTokenHint = "access_token";

    /// <param name="hint"><c>token_type_hint</c>: only where to look first (§2.1), so a refresh token hinted as an access
    /// token is still found and revoked. Unknown hints are ignored, as the RFC allows.</param>
    /// <exception cref="OAuthErrorException">unsupported_token_type (§2.2.1): the token is an access token, or was
    /// hinted as one and is no refresh token; invalid_grant: a refresh token issued to another client (§2.1: refused,
    /// nothing revoked).</exception>
    public async Task RevokeAsync(RegisteredClient client, string token, string? hint, CancellationToken cancellationToken)
    {
        if (await refreshTokens.RevokeAsync(token, client.Id, cancellationToken))
        {
            return;
        }
        if (hint == AccessTokenHint || await IsAccessTokenAsync(token))
        {
            throw new OAuthErrorException(OAuthErrors.UnsupportedTokenType, "access tokens are not revoked: they expire within minutes.");
        }
        // §2.2: an invalid, expired or already revoked token is answered as revoked; the answer tells the caller nothing.
    }

    private async Task<bool> IsAccessTokenAsync(string token)
    {
        try
        {
            await accessTokens.ValidateAsync(token);
            return true;
        }
        catch (InvalidAccessTokenException)
        {
            return false;
        }
    }
}
