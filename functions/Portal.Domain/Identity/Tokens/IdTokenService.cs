using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Domain.Identity.Tokens;

/// <summary>OpenID Connect ID tokens (OIDC Core §2): RS256 with the current signing key, for the client (aud).</summary>
public sealed class IdTokenService(TokenSigningKeyStore keys, IOptions<TokenOptions> options, TimeProvider clock)
{
    /// <summary>RFC 8176: a smart card (the マイナンバーカード) unlocked with a PIN.</summary>
    public static readonly IReadOnlyList<string> AuthenticationMethods = ["sc", "pin"];

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <param name="sessionId">The login, as <c>sid</c> (as OpenID Connect's logout specs name it): the client can tell
    /// which of the account's logins is its own.</param>
    public async Task<string> IssueAsync(string subject, string clientId, DateTimeOffset authTime, string sessionId)
    {
        var signing = (await keys.GetAsync()).Current;
        var now = clock.GetUtcNow();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.IssuerName,
            Audience = clientId,
            IssuedAt = now.UtcDateTime,
            Expires = (now + options.Value.IdTokenLifetime).UtcDateTime,
            TokenType = "JWT",
            SigningCredentials = new SigningCredentials(TokenSigningKeyStore.SecurityKeyOf(signing), SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = subject,
                [JwtRegisteredClaimNames.AuthTime] = authTime.ToUnixTimeSeconds(),
                [JwtRegisteredClaimNames.Amr] = AuthenticationMethods.ToArray(),
                [JwtRegisteredClaimNames.Sid] = sessionId,
            },
        });
    }
}
