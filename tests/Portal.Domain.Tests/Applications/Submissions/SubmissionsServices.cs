using Portal.Domain.Residents.References;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Submissions;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Email;
using Portal.Domain.Forms;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Forms;
using Portal.Domain.Tests.Identity.Certificates;
using Portal.Domain.Tests.Storage;
using Portal.Testing.PublicFundsAccounts;

namespace Portal.Domain.Tests.Applications.Submissions;

/// <summary>The submission feature's services over one clock, wired as the host wires them.</summary>
public sealed class SubmissionsServices
{
    private readonly SubmissionsFixture _fixture;
    private readonly TimeProvider _clock;
    private readonly ServiceProvider _provider;

    public SubmissionsServices(SubmissionsFixture fixture, TimeProvider clock, IReceiptNumberSource? numbers)
    {
        _fixture = fixture;
        _clock = clock;
        var settings = TestServices.Settings(
            ("Identity:Tokens:Issuer", $"{SubmissionsFixture.Audience}/api"),
            ($"{CardRequestOptions.Section}:{nameof(CardRequestOptions.Lifetime)}", CardRequestOptions.MaxLifetime.ToString()));
        var services = TestServices.Over(fixture.Database, fixture.Storage)
            .AddEmail(settings)
            .AddOperationHistory()
            .AddCertificates(settings)
            .AddCardRequests(settings)
            .AddAccounts()
            .AddForms()
            .AddDrafts(settings)
            .AddApplications(settings)
            .AddSingleton(clock)
            .AddSingleton(fixture.Catalog)
            .AddSingleton(fixture.Validator);
        if (numbers is not null)
        {
            services.AddSingleton(numbers);
        }
        var provider = services.BuildServiceProvider();
        _provider = provider;
        Drafts = provider.GetRequiredService<DraftRepository>();
        DraftFiles = provider.GetRequiredService<AttachmentStore>();
        History = provider.GetRequiredService<OperationHistoryStore>();
        Accounts = provider.GetRequiredService<AccountRepository>();
        CardRequestRepository = provider.GetRequiredService<CardRequestRepository>();
        CardRequests = provider.GetRequiredService<CardRequestService>();
        Submissions = provider.GetRequiredService<SubmissionRepository>();
        Receipts = provider.GetRequiredService<ReceiptRepository>();
        Applications = provider.GetRequiredService<ApplicationRepository>();
        ApplicationFiles = provider.GetRequiredService<ApplicationAttachmentStore>();
        Service = provider.GetRequiredService<SubmissionService>();
        ResidentRefs = provider.GetRequiredService<ResidentRefIndex>();
    }

    public ResidentRefIndex ResidentRefs { get; }

    public SubmissionService Service { get; }

    /// <summary>The resident signs the pending submission with <paramref name="card"/> (their account then signs in with it).</summary>
    public Task SignAsync(Submission submission, TestCard card) =>
        SubmissionSigning.SignAsync(this, submission, card, _fixture.Validator);

    public DraftRepository Drafts { get; }

    public AttachmentStore DraftFiles { get; }

    public OperationHistoryStore History { get; }

    public AccountRepository Accounts { get; }

    public CardRequestRepository CardRequestRepository { get; }

    public CardRequestService CardRequests { get; }

    public SubmissionRepository Submissions { get; }

    public ReceiptRepository Receipts { get; }

    public ApplicationRepository Applications { get; }

    public ApplicationAttachmentStore ApplicationFiles { get; }

    /// <summary>A draft with the form's complete answers (or <paramref name="data"/>), as the drafts feature stores it.</summary>
    public async Task<Draft> DraftAsync(ResidentContext resident, string procedureId, string localGovernmentCode = SubmissionsFixture.Chiyoda,
        JsonObject? data = null, params DraftAttachment[] attachments)
    {
        if (AnswersUseTheRegisteredAccount(data ?? ValidAnswers.For(procedureId)))
        {
            // 「公金受取口座を利用する」 はい is taken only from a resident with an account registered.
            await TestPublicFundsAccounts.RegisterAsync(_provider, resident.PrincipalId);
        }
        var now = _clock.GetUtcNow();
        var draft = new Draft
        {
            Id = "drf-" + Guid.NewGuid().ToString("N"),
            ResidentId = resident.PrincipalId,
            ProcedureId = procedureId,
            LocalGovernmentCode = localGovernmentCode,
            FormId = procedureId,
            FormVersion = FormCatalog.Embedded().GetLatest(procedureId).Version,
            Data = data ?? ValidAnswers.For(procedureId),
            Attachments = attachments,
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = now.AddDays(30),
            Ttl = 60 * 60 * 24 * 40,
        };
        return (await Drafts.CreateAsync(draft, CancellationToken.None)).Document;
    }

    /// <summary>A file uploaded to the draft through the drafts feature's store, and the draft recording it.</summary>
    public async Task<Draft> AttachAsync(Draft draft, string name, byte[] content)
    {
        var id = "att-" + Guid.NewGuid().ToString("N");
        var file = await DraftFiles.UploadAsync(draft.ResidentId, draft.Id, id, new MemoryStream(content), CancellationToken.None);
        var stored = await Drafts.ReadAsync(draft.ResidentId, draft.Id, CancellationToken.None);
        var changed = stored!.Document with
        {
            Attachments = [.. stored.Document.Attachments, new DraftAttachment(id, name, file.ContentType, file.Size, file.Sha256, _clock.GetUtcNow())],
        };
        return (await Drafts.ReplaceAsync(changed, stored.ETag, CancellationToken.None)).Document;
    }

    /// <summary>Every application of the resident, in every body (a cross-partition query: tests only).</summary>
    public async Task<IReadOnlyList<Application>> ApplicationsOfAsync(ResidentContext resident)
    {
        var container = _fixture.Database.Container(PortalContainers.Applications);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.residentId = @resident").WithParameter("@resident", resident.PrincipalId);
        var found = new List<Application>();
        using var iterator = container.GetItemQueryIterator<Application>(query);
        while (iterator.HasMoreResults)
        {
            found.AddRange(await iterator.ReadNextAsync());
        }
        return found;
    }

    public async Task<IReadOnlyList<OperationRecord>> HistoryOfAsync(ResidentContext resident)
    {
        var now = _clock.GetUtcNow();
        return (await History.ListAsync(resident.PrincipalId, now.AddDays(-400), now.AddDays(400), 100, null, CancellationToken.None)).Items;
    }

    private static bool AnswersUseTheRegisteredAccount(JsonObject answers) =>
        answers["usePublicFundsAccount"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
}
