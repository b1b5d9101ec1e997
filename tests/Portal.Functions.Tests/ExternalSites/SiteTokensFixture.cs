using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.ExternalSites.Codes;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.Identity.Clients;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;
using Portal.Testing.Dpop;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// The accounts host (registered residents, agencies writing わたしの情報) with two sites of different sectors and a
/// third sharing the first one's sector, each with its own ES256 key. Codes are made as the authorization page makes
/// them (consent recorded as a link, then <see cref="AuthorizationCodes.IssueAsync"/>), so these tests need no page.
/// Limits are off unless a test of the limits passes its own settings: many residents and tokens from one address.
/// </summary>
public sealed class SiteTokensFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public SiteTokensFixture()
        : this(new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" })
    {
    }

    /// <param name="settings">Over the host's; for the tests of the limits themselves.</param>
    internal SiteTokensFixture(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    public const string SiteId = "tax-site";
    public const string OtherSiteId = "pension-site";
    public const string SameSectorSiteId = "tax-site-mobile";
    public const string RedirectUri = "https://tax.example/signin-oidc";
    public const string OtherRedirectUri = "https://pension.example/signin-oidc";
    public const string Verifier = "dBjftJeZ4CVP-mJ92K27uhbUJU1p1r_wW1gFWFOEjXk";
    public const string SiteName = "税の試算サイト";

    public static readonly IReadOnlyList<string> Scopes = ["openid", "name", "birthdate", "information:tax-income"];

    public IdentityPki Pki { get; } = new();

    public AccountsApi Api { get; private set; } = null!;

    public AgencyKey SiteKey { get; } = AgencyKey.Ec();

    public AgencyKey OtherSiteKey { get; } = AgencyKey.Ec();

    public AgencyKey SameSectorSiteKey { get; } = AgencyKey.Ec();

    public Uri TokenEndpoint => new(AccountsApi.Issuer + "/oauth/token");

    public Uri InformationEndpoint => new(AccountsApi.Issuer + "/external/information");

    public DateTimeOffset Now => Api.Clock.Now;

    public async Task InitializeAsync()
    {
        Api = await AccountsApi.StartAsync(Pki, _settings);
        var now = Api.Clock.Now;
        await OAuthTestClients.SeedAsync(Api.Host.Services,
            Site(SiteId, RedirectUri, "tax.example", SiteKey.Registered(now)),
            Site(OtherSiteId, OtherRedirectUri, "pension.example", OtherSiteKey.Registered(now)),
            Site(SameSectorSiteId, "https://m.tax.example/signin-oidc", "tax.example", SameSectorSiteKey.Registered(now)));
    }

    public static RegisteredClient Site(string id, string redirectUri, string sector, ClientKey key) => new()
    {
        Id = id, Name = SiteName, Kind = ClientKinds.Site, AllowedGrantTypes = [GrantTypes.AuthorizationCode],
        AllowedScopes = ["openid", "name", "address", "birthdate", "gender", "information:tax-income", "information:pension"],
        RedirectUris = [redirectUri], SectorIdentifier = sector, Keys = [key], CreatedAt = DateTimeOffset.UtcNow,
    };

    public T Service<T>() where T : notnull => Api.Host.Services.GetRequiredService<T>();

    /// <summary>A registered resident whose card profile was read into the portal.</summary>
    public async Task<(string AccountId, string Token)> ResidentAsync()
    {
        var (id, token, _) = await Api.RegisteredAsync();
        await Service<AccountRepository>().UpdateAsync(id, a => a with
        {
            Profile = new ResidentProfile("番号 花子", "東京都千代田区千代田1-1", new DateOnly(1990, 4, 1), "2", ProfileSources.Card,
                new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.FromHours(9)), new DateTimeOffset(2026, 11, 1, 9, 59, 0, TimeSpan.FromHours(9))),
        }, CancellationToken.None);
        return (id, token);
    }

    /// <summary>The resident consented to <paramref name="scopes"/> for the site and the page gave the site a code.</summary>
    public async Task<string> CodeAsync(string accountId, string clientId = SiteId, string redirectUri = RedirectUri,
        IReadOnlyList<string>? scopes = null, string? dpopJkt = null)
    {
        var granted = scopes ?? Scopes;
        await Service<SiteLinks>().LinkAsync(accountId, clientId, SiteName, granted, CancellationToken.None);
        return await Service<AuthorizationCodes>().IssueAsync(new NewAuthorizationCode(clientId, redirectUri, Challenge(Verifier), dpopJkt,
            accountId, granted, "nonce-123", Now.AddMinutes(-1)), CancellationToken.None);
    }

    public AgencyKey KeyOf(string clientId) => clientId switch
    {
        SiteId => SiteKey,
        OtherSiteId => OtherSiteKey,
        _ => SameSectorSiteKey,
    };

    public static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
        SiteKey.Dispose();
        OtherSiteKey.Dispose();
        SameSectorSiteKey.Dispose();
    }
}
