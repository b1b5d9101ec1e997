using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.Certificates;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.Identity.DeviceAuthorization;

/// <summary>
/// The containers a sign-in touches (cardRequests, residents, operationHistory) on the real local Cosmos-protocol
/// server, a test JPKI with its CRLs loaded and a token-signing key folder. Each test builds its services with its own clock.
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
            [PortalContainers.CardRequests, PortalContainers.Residents, PortalContainers.OperationHistory], CancellationToken.None);
        Validator = new CertificateValidator(Pki.Anchors, await Pki.LoadedStoreAsync(), new ValidatedCertificateCache(new CertificateCacheOptions()));
    }

    public CardRequestService CardRequests(TimeProvider clock) =>
        new(new CardRequestRepository(Database), () => Validator, Options.Create(new CardRequestOptions { Audience = Audience }), clock);

    public AccountService Accounts(TimeProvider clock) =>
        new(new AccountRepository(Database), History(clock), clock);

    public OperationHistoryStore History(TimeProvider clock) => new(Database, clock);

    public AccessTokenService Tokens(TimeProvider clock) =>
        new(new TokenSigningKeyStore(new LocalTokenSigningKeySource(_keyFolder, clock)),
            Options.Create(new TokenOptions { Issuer = new Uri("https://portal.example/api") }), clock);

    public DeviceAuthorizationService Devices(TimeProvider clock, DeviceAuthorizationOptions? options = null) =>
        new(Database, CardRequests(clock), new CardRequestRepository(Database), Accounts(clock), Tokens(clock),
            new RegisteredClients(
            [
                new RegisteredClientOptions { ClientId = "chatbot", Name = "チャットボット", AllowedGrantTypes = [RegisteredClients.DeviceCodeGrantType], AllowedScopes = ["openid", "portal"] },
                new RegisteredClientOptions { ClientId = "other-bot", AllowedGrantTypes = [RegisteredClients.DeviceCodeGrantType], AllowedScopes = ["portal"] },
                new RegisteredClientOptions { ClientId = "agency", AllowedGrantTypes = ["client_credentials"] },
            ]),
            Options.Create(options ?? new DeviceAuthorizationOptions()), clock);

    public async Task DisposeAsync()
    {
        await _cosmos.DisposeAsync();
        Pki.Dispose();
        Directory.Delete(_keyFolder, recursive: true);
    }
}
