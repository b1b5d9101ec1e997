using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Email;
using Portal.Domain.OperationHistory;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Drafts;

/// <summary>
/// The containers drafts touch on the real local Cosmos-protocol server, the real blob storage (Azurite) and a
/// catalog with one procedure; services per test clock.
/// </summary>
public sealed class DraftsFixture : IAsyncLifetime
{
    public const string Procedure = "child-allowance-certification";
    public const string ProcedureName = "児童手当の認定請求";
    public const string Chiyoda = "131016";

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private readonly CosmosDatabaseFixture _cosmos = new();

    public PortalDatabase Database { get; private set; } = null!;

    public StorageAccount Storage { get; private set; } = null!;

    public CatalogHost Catalog { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        Database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await Database.CreateIfNotExistsAsync(
            [PortalContainers.Residents, PortalContainers.OperationHistory, PortalContainers.Drafts, PortalContainers.Procedures],
            CancellationToken.None);
        var stack = await LocalStack.GetAsync();
        Storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());
        var repository = new ProcedureCatalogRepository(Database);
        await repository.UpsertTemplateAsync(new ProcedureTemplate
        {
            Id = Procedure,
            Name = ProcedureName,
            Kana = "じどうてあてのにんていせいきゅう",
            Summary = "児童手当を受け取るための手続です。",
            Eligibility = "中学生以下の子を養育する方",
            RequiredDocuments = ["本人確認書類"],
            Fee = "無料",
            Level = ProcessingLevels.Municipality,
            Categories = [],
            LifeEvents = [],
            OnlineCapable = true,
            RequiresSignature = true,
            FormId = Procedure,
        }, CancellationToken.None);
        await repository.UpsertSetAsync(new OfferingSet
        {
            Id = Chiyoda,
            BodyName = "千代田区",
            Offerings = [new Offering(Procedure, [ApplicationMethods.Online], null, null, null)],
            UpdatedAt = Now,
            UpdatedBy = "seed",
        }, CancellationToken.None);
        Catalog = new CatalogHost(repository, LocalGovernmentCatalog.Load(), Options.Create(new CatalogOptions()), NullLogger<CatalogHost>.Instance);
        await Catalog.LoadAsync(CancellationToken.None);
    }

    public DraftsServices Services(TimeProvider clock, IMalwareScanner? scanner = null) => new(this, clock, scanner ?? new EicarMalwareScanner());

    public async Task DisposeAsync() => await _cosmos.DisposeAsync();

    public static ResidentContext NewResident() => ResidentContext.Self("acc-" + Guid.NewGuid().ToString("N"), "web");
}
