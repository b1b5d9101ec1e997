using System.Net;
using System.Net.Sockets;
using Bot.Functions.Tests.Support;
using Bot.WebChat.Browser.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.ExternalSites.Sites;
using Portal.Domain.Identity.Clients;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace DemoSite.Tests;

/// <summary>
/// The real portal (its local host, on the real local stack, trusting a test CA for card logins) and the demo site,
/// each on a loopback port of its own as a browser reaches them; the site registered as <c>portal-operator sites add</c>
/// registers it, with its key in a PEM file the site reads; and chromium.
/// </summary>
public sealed class SiteJourneyHost : IAsyncLifetime
{
    public const string SiteId = "demo-site";
    public const string SiteName = "デモ市役所 オンライン窓口";

    private readonly string _folder = Directory.CreateTempSubdirectory("demo-site-").FullName;

    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public PortalFactory Portal { get; private set; } = null!;

    public DemoSiteFactory Site { get; private set; } = null!;

    /// <summary>e.g. http://127.0.0.1:41234/ (the portal's API is under api/).</summary>
    public Uri PortalAddress { get; private set; } = null!;

    public Uri SiteAddress { get; private set; } = null!;

    private string CaFolder => Path.Combine(_folder, "ca");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var stack = await LocalStack.GetAsync();
        CardLogins.CreateCa(_folder);
        var (portalPort, sitePort) = (FreePort(), FreePort());
        PortalAddress = new Uri($"http://127.0.0.1:{portalPort}/");
        SiteAddress = new Uri($"http://127.0.0.1:{sitePort}/");
        var issuer = new Uri(PortalAddress, "api").ToString();

        // The issuer is the portal's own origin, so the card requests' links and audiences name the port the signer reaches.
        Portal = new PortalFactory(stack, new Dictionary<string, string?>
        {
            ["Identity:Tokens:Issuer"] = issuer,
            ["Identity:Tokens:SigningKeyFolder"] = Directory.CreateDirectory(Path.Combine(_folder, "token-keys")).FullName,
            ["Identity:TrustAnchors:Folder"] = CaFolder,
            ["Identity:Crl:Folder"] = CaFolder,
        });
        Portal.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, portalPort));
        Portal.StartServer();
        await CardLogins.SeedChatbotAndTermsAsync(Portal.Services);
        var now = DateTimeOffset.UtcNow;
        var (keyFile, key) = SiteKeyFile.Create(_folder, now);
        await RegisterSiteAsync(key, now);

        Site = new DemoSiteFactory(issuer, SiteId, keyFile);
        Site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, sitePort));
        Site.StartServer();

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A client of the portal's API on its real port (what the signer and an agency call).</summary>
    public HttpClient PortalClient() => new() { BaseAddress = PortalAddress };

    /// <summary>A new software card of 山田 花子 from the test CA.</summary>
    public string IssueCard() => CardLogins.IssueCard(CaFolder, _folder);

    /// <summary>
    /// The card's resident, registered (利用者登録 done) with the card's basic 4 items read into 利用者情報, as a resident
    /// who used the portal before has them: the account id.
    /// </summary>
    public async Task<string> RegisteredResidentAsync(string card)
    {
        var account = await CardLogins.AccountOfAsync(Portal.Services, card);
        var now = DateTimeOffset.UtcNow;
        await Portal.Services.GetRequiredService<AccountRepository>().UpdateAsync(account, a => a with
        {
            State = AccountStates.Registered,
            RegisteredAt = now,
            Profile = new ResidentProfile("山田 花子", "東京都千代田区霞が関2-1-2", new DateOnly(1990, 4, 1), "2", ProfileSources.Card, now, now),
        }, CancellationToken.None);
        return account;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
        await Portal.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>What <c>sites add --id demo-site --redirect-uri {site}/signin-oidc --scope ...</c> stores.</summary>
    private async Task RegisterSiteAsync(ClientKey key, DateTimeOffset now)
    {
        string[] redirectUris = [new Uri(SiteAddress, "signin-oidc").ToString()];
        await Portal.Services.GetRequiredService<ClientRepository>().CreateAsync(new RegisteredClient
        {
            Id = SiteId,
            Name = SiteName,
            Kind = ClientKinds.Site,
            AllowedGrantTypes = [GrantTypes.AuthorizationCode],
            AllowedScopes = ["openid", "name", "address", "birthdate", "gender", "information:tax-income"],
            RedirectUris = redirectUris,
            SectorIdentifier = SectorIdentifiers.Of(null, redirectUris)!,
            Keys = [key],
            CreatedAt = now,
        }, CancellationToken.None);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
