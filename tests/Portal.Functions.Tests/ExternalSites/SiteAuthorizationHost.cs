using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Functions.Tests.Identity;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// The local host configured for card logins (a cardtool test JPKI) with two external sites registered as the operator
/// registers them (<see cref="ExternalSitesHost.Site"/>), for the authorization page, and a token signing key, so a
/// code the page gives can be redeemed.
/// </summary>
public sealed class SiteAuthorizationHost : IAsyncLifetime
{
    private readonly string _keys = Directory.CreateTempSubdirectory("token-keys-").FullName;

    public IdentityPki Pki { get; } = new();

    public IdentityHost Host { get; private set; } = null!;

    public AgencyKey SiteKey { get; } = AgencyKey.Ec();

    public AgencyKey OtherSiteKey { get; } = AgencyKey.Ec();

    public const string OtherSiteId = "other-site";

    public async Task InitializeAsync()
    {
        Host = await IdentityHost.StartAsync(Pki.CaFolder, Pki.CaFolder, TimeProvider.System,
            new Dictionary<string, string?> { ["Identity:Tokens:SigningKeyFolder"] = _keys });
        var now = DateTimeOffset.UtcNow;
        await OAuthTestClients.SeedAsync(Host.Services,
            ExternalSitesHost.Site(ExternalSitesHost.SiteId, SiteKey.Registered(now)),
            ExternalSitesHost.Site(OtherSiteId, OtherSiteKey.Registered(now)));
    }

    /// <summary>A browser that follows no redirect and keeps no cookie on its own: the tests hand it the cookie they mean.</summary>
    public HttpClient NewBrowser() =>
        Host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        SiteKey.Dispose();
        OtherSiteKey.Dispose();
        Pki.Dispose();
        Directory.Delete(_keys, recursive: true);
    }
}
