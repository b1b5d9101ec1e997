using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.Certificates;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.Identity.DeviceAuthorization;

/// <summary>
/// The containers a sign-in touches (cardRequests, residents, operationHistory, clients, grants) on the real local
/// Cosmos-protocol server with the test clients registered, a test JPKI with its CRLs loaded and a token-signing key
/// folder. Each test builds its services with its own clock.
/// </summary>
public sealed class IdentityStoreFixture : IAsyncLifetime
{
    public const string Audience = "https://portal.example";

    private readonly CosmosDatabaseFixture _cosmos = new();
    private readonly string _keyFolder = Directory.CreateTempSubdirectory("token-keys-").FullName;

    public TestPki Pki { get; } = new();

    public PortalDatabase Database { get; private set; } = null!;

    public CertificateValidator Validator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        Database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await Database.CreateIfNotExistsAsync(
            [PortalContainers.CardRequests, PortalContainers.Residents, PortalContainers.OperationHistory,
                PortalContainers.Clients, PortalContainers.Grants], CancellationToken.None);
        foreach (var client in TestClients)
        {
            await new ClientRepository(Database).CreateAsync(client, CancellationToken.None);
        }
        Validator = new CertificateValidator(Pki.Anchors, await Pki.LoadedStoreAsync(), new ValidatedCertificateCache(new CertificateCacheOptions()));
    }

    public CardRequestService CardRequests(TimeProvider clock) =>
        new(new CardRequestRepository(Database), () => Validator, Options.Create(new CardRequestOptions { Audience = Audience }), clock);

    public AccountService Accounts(TimeProvider clock) =>
        new(new AccountRepository(Database), new CertificateClaimRepository(Database), new EmailConfirmationStore(Database, clock), History(clock), clock);

    public OperationHistoryStore History(TimeProvider clock) => new(Database, clock);

    public AccessTokenService Tokens(TimeProvider clock) =>
        new(KeyStore(clock), Options.Create(TokenSettings), clock);

    /// <summary>chatbot (device code + refresh), other-bot (device code only), agency (client credentials).</summary>
    public static IReadOnlyList<RegisteredClient> TestClients { get; } =
    [
        new() { Id = "chatbot", Name = "チャットボット", Kind = ClientKinds.Public, AllowedGrantTypes = [GrantTypes.DeviceCode, GrantTypes.RefreshToken],
            AllowedScopes = ["openid", "portal", "email"], CreatedAt = DateTimeOffset.UnixEpoch },
        new() { Id = "other-bot", Name = "", Kind = ClientKinds.Public, AllowedGrantTypes = [GrantTypes.DeviceCode],
            AllowedScopes = ["portal"], CreatedAt = DateTimeOffset.UnixEpoch },
        new() { Id = "agency", Name = "千代田区", Kind = ClientKinds.Agency, AllowedGrantTypes = [GrantTypes.ClientCredentials],
            AllowedScopes = ["agency.procedures"], Agency = new AgencyBinding("131016", null), CreatedAt = DateTimeOffset.UnixEpoch },
    ];

    public static TokenOptions TokenSettings { get; } = new() { Issuer = new Uri("https://portal.example/api") };

    public ClientRegistry Registry(TimeProvider clock) =>
        new(new ClientRepository(Database), Options.Create(new ClientRegistryOptions()), clock);

    public static RegisteredClient Client(string id) => TestClients.Single(c => c.Id == id);

    public RefreshTokenStore RefreshTokens(TimeProvider clock, TokenOptions? options = null) =>
        new(Database, History(clock), Options.Create(options ?? TokenSettings), clock);

    public ResidentTokenIssuer Issuer(TimeProvider clock, TokenOptions? options = null) =>
        new(Tokens(clock), new IdTokenService(KeyStore(clock), Options.Create(TokenSettings), clock), RefreshTokens(clock, options),
            new AccountRepository(Database));

    public DeviceAuthorizationService Devices(TimeProvider clock, DeviceAuthorizationOptions? options = null) =>
        new(new DeviceAuthorizationRepository(Database), CardRequests(clock), new CardRequestRepository(Database), Accounts(clock), Issuer(clock),
            Options.Create(options ?? new DeviceAuthorizationOptions()), clock);

    public TokenSigningKeyStore KeyStore(TimeProvider clock) => new(new LocalTokenSigningKeySource(_keyFolder, clock));

    public async Task DisposeAsync()
    {
        await _cosmos.DisposeAsync();
        Pki.Dispose();
        Directory.Delete(_keyFolder, recursive: true);
    }
}
