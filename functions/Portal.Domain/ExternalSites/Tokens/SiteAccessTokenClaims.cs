namespace Portal.Domain.ExternalSites.Tokens;

/// <summary>What a site's access token says: the resident as the site knows them (pairwise), the site, what the
/// resident consented to, the DPoP key the token is bound to (<c>cnf.jkt</c>) and when it was issued.</summary>
public sealed record SiteAccessTokenClaims(
    string Subject, string ClientId, IReadOnlyList<string> Scopes, string KeyThumbprint, DateTimeOffset IssuedAt)
{
    public bool HasScope(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}
