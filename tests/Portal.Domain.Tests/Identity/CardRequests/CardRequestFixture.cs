using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.Certificates;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.Identity.CardRequests;

/// <summary>
/// A test JPKI and a <c>cardRequests</c> container on the real local Cosmos-protocol server, with the CA's CRLs
/// loaded as the refresher leaves them. Each test makes its own service (and clock) over them.
/// </summary>
public sealed class CardRequestFixture : IAsyncLifetime
{
    public const string Audience = "https://portal.example";

    private readonly CosmosDatabaseFixture _cosmos = new();
    private PortalDatabase _database = null!;

    public TestPki Pki { get; } = new();

    public CardRequestRepository Repository { get; private set; } = null!;

    public CrlStore Crls { get; private set; } = null!;

    /// <summary>The accounts a sign request's card is checked against.</summary>
    public AccountRepository Accounts { get; private set; } = null!;

    public CertificateValidator Validator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        _database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await _database.CreateIfNotExistsAsync([PortalContainers.CardRequests, PortalContainers.Residents], CancellationToken.None);
        Repository = new CardRequestRepository(_database);
        Accounts = new AccountRepository(_database);
        Crls = await Pki.LoadedStoreAsync();
        Validator = new CertificateValidator(Pki.Anchors, Crls, new ValidatedCertificateCache(new CertificateCacheOptions()));
    }

    /// <summary>The service as the host registers it, with the test's clock, this JPKI's validator and the lifetime asked for.</summary>
    public CardRequestService Service(TimeProvider clock, TimeSpan? lifetime = null)
    {
        var settings = TestServices.Settings(
            ("Identity:Tokens:Issuer", $"{Audience}/api"),
            ($"{CardRequestOptions.Section}:{nameof(CardRequestOptions.Lifetime)}", (lifetime ?? CardRequestOptions.MaxLifetime).ToString()));
        return TestServices.Over(_database)
            .AddCertificates(settings)
            .AddCardRequests(settings)
            .AddSingleton<ICardHolders>(new AccountCardHolders(Accounts))
            .AddSingleton(clock)
            .AddSingleton(Validator)
            .BuildServiceProvider()
            .GetRequiredService<CardRequestService>();
    }

    /// <summary>An account that signs in with <paramref name="card"/>, as a sign-in would leave it; its id.</summary>
    public async Task<string> AccountWithAsync(TestCard card)
    {
        var validated = Validator.Validate(card.AuthenticationCertificate, CertificatePurpose.Authentication, DateTimeOffset.UtcNow);
        var id = "acc-" + Guid.NewGuid().ToString("N");
        await Accounts.CreateAsync(new Account
        {
            Id = id,
            Certificates = [new AccountCertificate(validated.Issuer, validated.SerialNumber)],
            State = AccountStates.Registered,
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        return id;
    }

    /// <summary>Publishes a new CRL with cardtool and loads it, as the refresh service would.</summary>
    public Task RefreshCrlsAsync() =>
        new CrlRefresher(new FileCrlSource(new CrlOptions { Folder = Pki.CaFolder }), Crls).RefreshAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _cosmos.DisposeAsync();
        Pki.Dispose();
    }
}
