using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Email;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.Certificates;
using Portal.Domain.Tests.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.DeviceAuthorization;

/// <summary>
/// The containers a sign-in touches (cardRequests, residents, operationHistory, clients, grants) on the real local
/// Cosmos-protocol server with the test clients registered, a test JPKI with its CRLs loaded, a token-signing key
/// folder, and Azurite for the mail outbox and the chatbot's queue (<see cref="BotEventsQueue"/>, this fixture's own).
/// Each test builds its services with its own clock.
/// </summary>
public sealed class IdentityStoreFixture : IAsyncLifetime
{
    public const string Audience = "https://portal.example";

    private readonly CosmosDatabaseFixture _cosmos = new();
    private readonly string _keyFolder = Directory.CreateTempSubdirectory("token-keys-").FullName;

    public TestPki Pki { get; } = new();

    public PortalDatabase Database { get; private set; } = null!;

    public CertificateValidator Validator { get; private set; } = null!;

    /// <summary>The CRLs <see cref="Validator"/> reads: refresh them after revoking a card of <see cref="Pki"/>.</summary>
    public CrlStore Crls { get; private set; } = null!;

    public StorageAccount Storage { get; private set; } = null!;

    /// <summary>Where new-login notices for the chatbot go (the app setting <c>BotEventsQueue</c>).</summary>
    public string BotEventsQueue { get; } = $"bot-events-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        var stack = await LocalStack.GetAsync();
        Storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());
        Database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await Database.CreateIfNotExistsAsync(
            [PortalContainers.CardRequests, PortalContainers.Residents, PortalContainers.OperationHistory,
                PortalContainers.Clients, PortalContainers.Grants], CancellationToken.None);
        foreach (var client in TestClients)
        {
            await new ClientRepository(Database).CreateAsync(client, CancellationToken.None);
        }
        Crls = await Pki.LoadedStoreAsync();
        Validator = new CertificateValidator(Pki.Anchors, Crls, new ValidatedCertificateCache(new CertificateCacheOptions()));
    }

    /// <summary>
    /// The card-request, account and identity features registered as the host registers them, over this database,
    /// with the test's clock, this JPKI's validator, the key folder and, when given, the test's own settings.
    /// </summary>
    /// <param name="replace">Registrations over the host's (the last registration wins), e.g. a failing dependency.</param>
    public ServiceProvider Services(
        TimeProvider clock, TokenOptions? tokens = null, DeviceAuthorizationOptions? devices = null, Action<IServiceCollection>? replace = null)
    {
        var settings = TestServices.Settings(
            ($"{TokenOptions.Section}:{nameof(TokenOptions.Issuer)}", TokenSettings.Issuer.ToString()),
            ($"{TokenOptions.Section}:{nameof(TokenOptions.SigningKeyFolder)}", _keyFolder),
            (ChatbotEventQueue.QueueSetting, BotEventsQueue));
        var services = TestServices.Over(Database, Storage)
            .AddEmail(settings)
            .AddOperationHistory()
            .AddCertificates(settings)
            .AddCardRequests(settings)
            .AddAccounts()
            .AddIdentity(settings)
            .AddSingleton(clock)
            .AddSingleton(Validator);
        if (tokens is not null)
        {
            services.AddSingleton(Options.Create(tokens));
        }
        if (devices is not null)
        {
            services.AddSingleton(Options.Create(devices));
        }
        replace?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public CardRequestService CardRequests(TimeProvider clock) => Services(clock).GetRequiredService<CardRequestService>();

    public AccountService Accounts(TimeProvider clock) => Services(clock).GetRequiredService<AccountService>();

    public OperationHistoryStore History(TimeProvider clock) => Services(clock).GetRequiredService<OperationHistoryStore>();

    public AccessTokenService Tokens(TimeProvider clock) => Services(clock).GetRequiredService<AccessTokenService>();

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

    public ClientRegistry Registry(TimeProvider clock) => Services(clock).GetRequiredService<ClientRegistry>();

    public static RegisteredClient Client(string id) => TestClients.Single(c => c.Id == id);

    public RefreshTokenStore RefreshTokens(TimeProvider clock, TokenOptions? options = null) =>
        Services(clock, tokens: options).GetRequiredService<RefreshTokenStore>();

    public ResidentTokenIssuer Issuer(TimeProvider clock) => Services(clock).GetRequiredService<ResidentTokenIssuer>();

    public DeviceAuthorizationService Devices(TimeProvider clock, DeviceAuthorizationOptions? options = null) =>
        Services(clock, devices: options).GetRequiredService<DeviceAuthorizationService>();

    public TokenSigningKeyStore KeyStore(TimeProvider clock) => Services(clock).GetRequiredService<TokenSigningKeyStore>();

    public async Task DisposeAsync()
    {
        await _cosmos.DisposeAsync();
        Pki.Dispose();
        Directory.Delete(_keyFolder, recursive: true);
    }
}
