using Portal.Domain.Identity.Clients;
using Portal.Functions.Tests.Identity;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// The local host with one external site registered as the operator registers it (ES256 key, one redirect URI,
/// openid name information:tax-income), and an agency and the confidential chatbot beside it, each with its own key.
/// </summary>
public sealed class ExternalSitesHost : IAsyncLifetime
{
    public const string Issuer = "http://localhost/api";
    public const string SiteId = "demo-site";
    public const string RsaSiteId = "rsa-site";
    public const string AgencyId = "chiyoda";
    public const string BotId = "chatbot";
    public const string RedirectUri = "https://demo.example/signin-oidc";

    public PortalFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public AgencyKey SiteKey { get; } = AgencyKey.Ec();

    public AgencyKey RsaSiteKey { get; } = new();

    public AgencyKey AgencyKey { get; } = AgencyKey.Ec();

    public AgencyKey BotKey { get; } = AgencyKey.Ec();

    public static RegisteredClient Site(string id, ClientKey key) => new()
    {
        Id = id, Name = "デモサイト", Kind = ClientKinds.Site, AllowedGrantTypes = [GrantTypes.AuthorizationCode],
        AllowedScopes = ["openid", "name", "information:tax-income"], RedirectUris = [RedirectUri],
        SectorIdentifier = "demo.example", Keys = [key], CreatedAt = DateTimeOffset.UtcNow,
    };

    public async Task InitializeAsync()
    {
        Factory = new PortalFactory(await LocalStack.GetAsync(), new Dictionary<string, string?> { ["Identity:Tokens:Issuer"] = Issuer });
        Client = Factory.CreateClient();
        var now = DateTimeOffset.UtcNow;
        await OAuthTestClients.SeedAsync(Factory.Services,
            Site(SiteId, SiteKey.Registered(now)),
            Site(RsaSiteId, RsaSiteKey.Registered(now)),
            OAuthTestClients.ConfidentialChatbot(BotId, BotKey.Registered(now)),
            new RegisteredClient
            {
                Id = AgencyId, Name = "千代田区", Kind = ClientKinds.Agency, AllowedGrantTypes = [GrantTypes.ClientCredentials],
                AllowedScopes = ["agency.information"], Agency = new("131016", null), Keys = [AgencyKey.Registered(now)], CreatedAt = now,
            });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        SiteKey.Dispose();
        RsaSiteKey.Dispose();
        AgencyKey.Dispose();
        BotKey.Dispose();
    }
}
