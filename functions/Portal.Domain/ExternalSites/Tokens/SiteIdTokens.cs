using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.ExternalSites.Codes;
using Portal.Domain.ExternalSites.Sites;
using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.ExternalSites.Tokens;

/// <summary>
/// A site's ID token (OIDC Core §2), PS256 with the portal's RSA key (FAPI 2.0 allows no RS256): the pairwise subject,
/// the request's nonce, the card login's time and methods, and of the card profile (利用者情報, as read from the card)
/// only what the resident consented to, under the standard claim names, with where and when it was read
/// (<c>source</c>, <c>read_at</c>). A resident who never read the card into the profile gives no attribute claims.
/// </summary>
public sealed class SiteIdTokens(TokenSigningKeyStore keys, IOptions<TokenOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<string> IssueAsync(string subject, AuthorizationCode code, ResidentProfile? profile)
    {
        var signing = (await keys.GetAsync()).Current;
        var now = clock.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = subject,
            [JwtRegisteredClaimNames.Nonce] = code.Nonce,
            [JwtRegisteredClaimNames.AuthTime] = code.AuthenticatedAt.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Amr] = IdTokenService.AuthenticationMethods.ToArray(),
        };
        if (profile is not null)
        {
            AddProfile(claims, code.Scopes, profile);
        }
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.IssuerName,
            Audience = code.ClientId,
            IssuedAt = now.UtcDateTime,
            Expires = (now + options.Value.IdTokenLifetime).UtcDateTime,
            TokenType = "JWT",
            SigningCredentials = new SigningCredentials(TokenSigningKeyStore.SecurityKeyOf(signing), SecurityAlgorithms.RsaSsaPssSha256),
            Claims = claims,
        });
    }

    private static void AddProfile(Dictionary<string, object> claims, IReadOnlyList<string> scopes, ResidentProfile profile)
    {
        var before = claims.Count;
        if (scopes.Contains(SiteScopes.Name, StringComparer.Ordinal))
        {
            claims["name"] = profile.Name;
        }
        if (scopes.Contains(SiteScopes.Address, StringComparer.Ordinal))
        {
            // OIDC Core §5.1.1: the card holds the address as one line.
            claims["address"] = new Dictionary<string, object> { ["formatted"] = profile.Address };
        }
        if (scopes.Contains(SiteScopes.Birthdate, StringComparer.Ordinal))
        {
            claims["birthdate"] = profile.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (scopes.Contains(SiteScopes.Gender, StringComparer.Ordinal))
        {
            claims["gender"] = GenderOf(profile.Sex);
        }
        if (claims.Count > before)
        {
            claims["source"] = profile.Source;
            claims["read_at"] = profile.ReadAt.ToUnixTimeSeconds();
        }
    }

    /// <summary>ISO 5218 as on the card to OIDC's values; "9" (not applicable) as itself, which OIDC allows.</summary>
    private static string GenderOf(string sex) => sex switch
    {
        "1" => "male",
        "2" => "female",
        _ => "not applicable",
    };
}
