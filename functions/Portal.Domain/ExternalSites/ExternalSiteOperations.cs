namespace Portal.Domain.ExternalSites;

/// <summary>The 操作履歴 operation codes of 外部サイト連携 (stable: stored, and translated for display at the edge).</summary>
public static class ExternalSiteOperations
{
    /// <summary>The resident consented on the authorization page; the target is the site's client id.</summary>
    public const string Link = "site.link";

    /// <summary>The resident unlinked a site (連携中のサイト): consent withdrawn, its tokens refused; the target is the site's client id.</summary>
    public const string Unlink = "site.unlink";
}
