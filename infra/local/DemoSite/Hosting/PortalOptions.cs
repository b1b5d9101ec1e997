namespace DemoSite.Hosting;

/// <summary>The portal the site signs residents in through.</summary>
public sealed class PortalOptions
{
    /// <summary>The portal's issuer (e.g. http://127.0.0.1:7071/api): its discovery document is under it, and client assertions name it as their audience.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>The 自己情報取得API category the site reads with consent (税・所得).</summary>
    public string InformationCategory { get; set; } = "tax-income";

    public Uri DiscoveryAddress => new($"{Issuer.TrimEnd('/')}/.well-known/openid-configuration");

    public Uri InformationEndpoint => new($"{Issuer.TrimEnd('/')}/external/information");
}
