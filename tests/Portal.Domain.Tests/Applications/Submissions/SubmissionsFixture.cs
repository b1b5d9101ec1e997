using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.Certificates;
using Portal.Domain.Tests.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Applications.Submissions;

/// <summary>
/// Everything a submission touches, real: the containers on the local Cosmos-protocol server, Azurite for files,
/// events and mail, a catalog with a signed, an unsigned and a paper-only procedure at two bodies, and a test JPKI
/// whose CRLs are loaded as the refresher leaves them.
/// </summary>
public sealed class SubmissionsFixture : IAsyncLifetime
{
    public const string Signed = "child-allowance-certification";
    public const string SignedName = "児童手当の認定請求";
    public const string Unsigned = "dog-registration";
    public const string PaperOnly = "pregnancy-notification";
    public const string Chiyoda = "131016";
    public const string Chuo = "131024";
    public const string Audience = "https://portal.example";

    private readonly CosmosDatabaseFixture _cosmos = new();

    public PortalDatabase Database { get; private set; } = null!;

    public StorageAccount Storage { get; private set; } = null!;

    public CatalogHost Catalog { get; private set; } = null!;

    public TestPki Pki { get; } = new();

    public CrlStore Crls { get; private set; } = null!;

    public CertificateValidator Validator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        Database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await Database.CreateIfNotExistsAsync(
        [
            PortalContainers.Residents, PortalContainers.OperationHistory, PortalContainers.Drafts, PortalContainers.Procedures,
            PortalContainers.Applications, PortalContainers.Submissions, PortalContainers.Receipts, PortalContainers.CardRequests,
        ], CancellationToken.None);
        var stack = await LocalStack.GetAsync();
        Storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());
        var repository = new ProcedureCatalogRepository(Database);
        await repository.UpsertTemplateAsync(Template(Signed, SignedName, requiresSignature: true), CancellationToken.None);
        await repository.UpsertTemplateAsync(Template(Unsigned, "犬の登録", requiresSignature: false), CancellationToken.None);
        await repository.UpsertTemplateAsync(Template(PaperOnly, "妊娠の届出", requiresSignature: false), CancellationToken.None);
        foreach (var (code, name) in new[] { (Chiyoda, "千代田区"), (Chuo, "中央区") })
        {
            await repository.UpsertSetAsync(new OfferingSet
            {
                Id = code,
                BodyName = name,
                Offerings =
                [
                    new Offering(Signed, [ApplicationMethods.Online, ApplicationMethods.Counter], null, "子育て支援課 03-0000-0000", null),
                    new Offering(Unsigned, [ApplicationMethods.Online], null, null, null),
                    new Offering(PaperOnly, [ApplicationMethods.Counter], null, null, null),
                ],
                UpdatedAt = DateTimeOffset.UtcNow,
                UpdatedBy = "seed",
            }, CancellationToken.None);
        }
        Catalog = new CatalogHost(repository, LocalGovernmentCatalog.Load(), Options.Create(new CatalogOptions()), NullLogger<CatalogHost>.Instance);
        await Catalog.LoadAsync(CancellationToken.None);
        Crls = await Pki.LoadedStoreAsync();
        Validator = new CertificateValidator(Pki.Anchors, Crls, new ValidatedCertificateCache(new CertificateCacheOptions()));
    }

    public SubmissionsServices Services(TimeProvider clock, Portal.Domain.Applications.Receipts.IReceiptNumberSource? numbers = null) =>
        new(this, clock, numbers);

    /// <summary>Loads the CA's current CRLs (cardtool publishes one on each revocation), as the refresh service would.</summary>
    public Task RefreshCrlsAsync() =>
        new CrlRefresher(new FileCrlSource(new CrlOptions { Folder = Pki.CaFolder }), Crls).RefreshAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _cosmos.DisposeAsync();
        Pki.Dispose();
    }

    public static ResidentContext NewResident() => ResidentContext.Self("acc-" + Guid.NewGuid().ToString("N"), "web");

    private static ProcedureTemplate Template(string id, string name, bool requiresSignature) => new()
    {
        Id = id,
        Name = name,
        Kana = "てすと",
        Summary = "テスト用の手続です。",
        Eligibility = "どなたでも",
        RequiredDocuments = [],
        Fee = "無料",
        Level = ProcessingLevels.Municipality,
        Categories = [],
        LifeEvents = [],
        OnlineCapable = true,
        RequiresSignature = requiresSignature,
        FormId = id,
    };
}
