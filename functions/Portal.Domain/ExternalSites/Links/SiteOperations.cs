namespace Portal.Domain.ExternalSites.Links;

/// <summary>The 操作履歴 operation names of 外部サイト連携 (the target is the site's client id, never what it received).</summary>
public static class SiteOperations
{
    /// <summary>The resident consented and linked a site (つなぐ).</summary>
    public const string Link = "site.link";

    /// <summary>The resident unlinked a site: consent withdrawn, its tokens refused.</summary>
    public const string Unlink = "site.unlink";
}
