namespace Portal.Contracts.LinkedSites;

/// <summary>
/// A site the resident linked (連携中のサイト): its id (to unlink it), its registered name, when it was linked, when it
/// last used the link, and the scopes consented to (<c>openid</c>, <c>name</c>, <c>address</c>, <c>birthdate</c>,
/// <c>gender</c>, <c>information:&lt;category&gt;</c>).
/// </summary>
public sealed record LinkedSiteView(string SiteId, string Name, DateTimeOffset LinkedAt, DateTimeOffset? LastUsedAt, IReadOnlyList<string> Scopes);
