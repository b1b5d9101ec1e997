using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Residents;
using Portal.Domain.Applications.Status;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Applications.Residents;

/// <summary>
/// The containers 申請状況 touches on the real local Cosmos-protocol server and the real storage (Azurite), with the
/// resident and agency services over them. Each test uses residents and receipt numbers of its own.
/// </summary>
public sealed class ApplicationStatusFixture : IAsyncLifetime
{
    public const string Chiyoda = "131016";
    public const string Chuo = "131024";

    private readonly CosmosDatabaseFixture _cosmos = new();
    private int _next;

    public PortalDatabase Database { get; private set; } = null!;

    public StorageAccount Storage { get; private set; } = null!;

    public ApplicationRepository Repository { get; private set; } = null!;

    public ManualClock Clock { get; } = new(ApplicationSamples.ReceivedAt.AddDays(1));

    public OperationHistoryStore History { get; private set; } = null!;

    public ReceiptRepository Receipts { get; private set; } = null!;

    public ApplicationStatusChanger Changer { get; private set; } = null!;

    public ResidentApplicationService Residents { get; private set; } = null!;

    public AgencyApplicationService Agencies { get; private set; } = null!;

    public ApplicationAttachmentStore Attachments { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        Database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await Database.CreateIfNotExistsAsync([PortalContainers.Applications, PortalContainers.Receipts, PortalContainers.OperationHistory], CancellationToken.None);
        var stack = await LocalStack.GetAsync();
        Storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());
        var services = TestServices.Over(Database, Storage)
            .AddOperationHistory()
            .AddApplications(TestServices.Settings())
            .AddSingleton<TimeProvider>(Clock)
            .BuildServiceProvider();
        Repository = services.GetRequiredService<ApplicationRepository>();
        Receipts = services.GetRequiredService<ReceiptRepository>();
        History = services.GetRequiredService<OperationHistoryStore>();
        Attachments = services.GetRequiredService<ApplicationAttachmentStore>();
        Changer = services.GetRequiredService<ApplicationStatusChanger>();
        Residents = services.GetRequiredService<ResidentApplicationService>();
        Agencies = services.GetRequiredService<AgencyApplicationService>();
    }

    public Task DisposeAsync() => _cosmos.DisposeAsync();

    public static string NewResident() => $"resident-{Guid.NewGuid():N}";

    /// <summary>A new receipt number, unique within the fixture (a day and a counter).</summary>
    public ReceiptNumber NewNumber() => ReceiptNumber.Create(new DateOnly(2026, 11, 27), Interlocked.Increment(ref _next) + Random.Shared.Next(0, 1000) * 1000);

    /// <summary>An application stored as received by <paramref name="body"/>, in <paramref name="status"/> (set directly).</summary>
    public async Task<Application> StoreAsync(string residentId, string body = Chiyoda, ApplicationStatus status = ApplicationStatus.Arrived,
        DateTimeOffset? submittedAt = null, string procedureId = "tennyu")
    {
        var at = submittedAt ?? ApplicationSamples.ReceivedAt;
        var application = ApplicationSamples.New(NewNumber(), body) with
        {
            ResidentId = residentId,
            ProcedureId = procedureId,
            Status = status,
            CreatedAt = at,
            Revisions = [ApplicationSamples.Revision() with { SubmittedAt = at }],
        };
        // As submission does: the nationwide reservation first, which is how a resident's receipt number is found.
        await Receipts.ReserveAsync(new ReceiptReservation
        {
            Id = application.Id, LocalGovernmentCode = body, ResidentId = residentId, CreatedAt = at,
        }, CancellationToken.None);
        return (await Repository.CreateAsync(application, CancellationToken.None)).Document;
    }

    public async Task<Application> ReadAsync(Application application) =>
        (await Repository.ReadAsync(application.LocalGovernmentCode, application.Id, CancellationToken.None))!.Document;
}
