namespace Portal.Domain.ExternalSites.Sites;

/// <summary>
/// A site's sector identifier (OIDC Core §8.1): the host of its <c>sector_identifier_uri</c> when one is given, else
/// the host of its redirect URIs when they all share one. Several hosts without an explicit sector are refused: which
/// of them the subjects belong to would be a guess, and changing it later changes every subject the site holds.
/// </summary>
public static class SectorIdentifiers
{
    /// <returns>The lower-case host; null when none can be told (the caller says why).</returns>
    public static string? Of(string? sectorUri, IReadOnlyList<string> redirectUris)
    {
        if (sectorUri is not null)
        {
            return Uri.TryCreate(sectorUri, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0
                ? uri.IdnHost.ToLowerInvariant()
                : null;
        }
        var hosts = redirectUris.Select(r => new Uri(r).IdnHost.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        return hosts.Count == 1 ? hosts[0] : null;
    }
}
