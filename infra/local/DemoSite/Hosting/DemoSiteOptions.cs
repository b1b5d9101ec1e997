namespace DemoSite.Hosting;

/// <summary>The site's settings (section <c>DemoSite</c>; from the environment as <c>DemoSite__ClientId</c>...). No secret is in them: the key is a file.</summary>
public sealed class DemoSiteOptions
{
    public const string Section = "DemoSite";

    /// <summary>The site's name in its own pages.</summary>
    public string Name { get; set; } = "デモ市役所 オンライン窓口";

    /// <summary>The client id the portal's operator registered the site under.</summary>
    public string ClientId { get; set; } = "demo-site";

    /// <summary>The PEM file of the site's private key (EC P-256 for ES256, or RSA for PS256), whose public half is registered.</summary>
    public string ClientKeyFile { get; set; } = "";

    public PortalOptions Portal { get; set; } = new();
}
