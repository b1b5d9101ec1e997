using Portal.Testing.Hosting;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MynaCard.Jpki;
using MynaCard.SoftwareCard;
using MynaCard.SoftwareCard.CardFiles;
using MynaCard.Transport;
using Portal.Contracts.CardRequests;
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
using Portal.Domain.Procedures;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Testing;
using Portal.Testing.Procedures;

namespace Portal.Benchmarks;

/// <summary>
/// The submission feature on the real local stack, registered as the host registers it (the features' own
/// <c>AddCardRequests</c>/<c>AddDrafts</c>/<c>AddApplications</c>..., on the system clock): a fresh
/// database, a test JPKI made with cardtool in process, the real templates of 児童手当の認定請求 (signed) and 犬の登録
/// (unsigned) offered online by 千代田区. Also what the benchmark does outside its timed regions: residents, drafts,
/// files, and the card's part.
/// </summary>
public sealed class SubmissionBenchmarkStack : IAsyncDisposable
{
    public const string Signed = "child-allowance-certification";
    public const string Unsigned = "dog-registration";
    private const string Chiyoda = "131016";
    private const string SigningPin = "ABC123";
    private const string AuthenticationPin = "1234";

    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();

    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly string _folder;
    private readonly CosmosClient _client;
    private readonly PortalDatabase _database;
    private readonly DraftRepository _drafts;
    private readonly AttachmentStore _draftFiles;
    private readonly AccountRepository _accounts;
    private readonly CardRequestService _cardRequests;
    private readonly FormCatalog _forms;
    private readonly ServiceProvider _services;

    private SubmissionBenchmarkStack(string folder, CosmosClient client, PortalDatabase database, ServiceProvider services)
    {
        _folder = folder;
        _client = client;
        _database = database;
        _services = services;
        _drafts = services.GetRequiredService<DraftRepository>();
        _draftFiles = services.GetRequiredService<AttachmentStore>();
        _accounts = services.GetRequiredService<AccountRepository>();
        _cardRequests = services.GetRequiredService<CardRequestService>();
        _forms = services.GetRequiredService<FormCatalog>();
        Service = services.GetRequiredService<SubmissionService>();
        SideEffectFailures = (WarningCountingLogger<SubmissionSideEffects>)services.GetRequiredService<ILogger<SubmissionSideEffects>>();
    }

    public SubmissionService Service { get; }

    public WarningCountingLogger<SubmissionSideEffects> SideEffectFailures { get; }

    /// <returns>Whether the draft is still there (it is removed once its application is stored).</returns>
    public async Task<bool> DraftExistsAsync(Draft draft) => await _drafts.ReadAsync(draft.ResidentId, draft.Id, None) is not null;

    private string CaFolder => Path.Combine(_folder, "ca");

    public static async Task<SubmissionBenchmarkStack> StartAsync()
    {
        var stack = await LocalStack.GetAsync();
        var client = CosmosClientFactory.Create(new CosmosOptions { Endpoint = stack.Cosmos.Endpoint, Key = stack.Cosmos.Key });
        var database = new PortalDatabase(client, Options.Create(new CosmosOptions { Database = $"bench-{Guid.NewGuid():N}" }));
        await client.CreateDatabaseIfNotExistsAsync(database.Name);
        await database.CreateIfNotExistsAsync(PortalContainers.All, None);
        var storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());

        var folder = Directory.CreateTempSubdirectory("submission-bench-").FullName;
        var ca = Path.Combine(folder, "ca");
        TestCardTool.Run("ca", "init", "--dir", ca);
        var services = Services(database, storage, ca);
        await CatalogAsync(services);
        await CrlsAsync(services);
        return new SubmissionBenchmarkStack(folder, client, database, services);
    }

    /// <summary>
    /// A registered resident with a confirmed e-mail address (so the confirmation mail is queued), their own card (so the
    /// card step validates a certificate never seen before), and two complete drafts with one small PDF each: 児童手当 and 犬の登録.
    /// </summary>
    public async Task<SubmissionBenchmarkResident> ResidentAsync()
    {
        var context = ResidentContext.Self("acc-" + Guid.NewGuid().ToString("N"), "web");
        var now = _clock.GetUtcNow();
        var card = Path.Combine(_folder, $"{Guid.NewGuid():N}.card.json");
        TestCardTool.Run("issue", "--ca", CaFolder, "--out", card, "--name", "山田 太郎", "--address", "東京都千代田区永田町1-7-1",
            "--birth", "1988-04-02", "--sex", "1", "--auth-pin", AuthenticationPin, "--sign-pin", SigningPin);
        using var authentication = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(CardFile.Load(card).Jpki.Authentication.Certificate));
        await _accounts.CreateAsync(new Account
        {
            Id = context.PrincipalId,
            // The card the resident signs in with: a signature must come from it.
            Certificates = [new AccountCertificate(authentication.Issuer, authentication.SerialNumber, now)],
            State = AccountStates.Registered,
            CreatedAt = now,
            Email = Portal.Testing.Privacy.TestEmails.Unique("resident"),
            RegisteredAt = now,
        }, None);
        return new SubmissionBenchmarkResident(context, card, await DraftAsync(context, Signed), await DraftAsync(context, Unsigned));
    }

    /// <summary>
    /// The card step: the signer posts the code and reads what to sign; in one card session the authentication key
    /// answers its challenge and the signing key signs the dataToSign (APDUs to the software card); the answer is posted.
    /// </summary>
    public async Task SignAsync(SubmissionBenchmarkResident resident, string cardRequestId, string userCode)
    {
        var view = await _cardRequests.ConfirmCodeAsync(cardRequestId, userCode, None);
        byte[] signature;
        byte[] authentication;
        await using (var card = SoftwareCard.Open(resident.CardFile))
        {
            var jpki = new JpkiApplet(new CardChannel(card));
            authentication = await jpki.SignWithPinAsync(JpkiKey.Authentication, AuthenticationPin,
                SHA256.HashData(Convert.FromBase64String(view.AuthenticationChallenge!)));
            signature = await jpki.SignWithPinAsync(JpkiKey.Signing, SigningPin, SHA256.HashData(Convert.FromBase64String(view.DataToSign!)));
        }
        var certificates = CardFile.Load(resident.CardFile).Jpki;
        await _cardRequests.CompleteWithSignatureAsync(cardRequestId, new CardSignatureSubmission(Convert.ToBase64String(signature),
            certificates.Signing.Certificate, Convert.ToBase64String(authentication), certificates.Authentication.Certificate), None);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _client.GetDatabase(_database.Name).DeleteAsync();
        _client.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A draft as the drafts feature stores it, and one PDF uploaded through its attachment store.</summary>
    private async Task<Draft> DraftAsync(ResidentContext resident, string procedureId)
    {
        var now = _clock.GetUtcNow();
        if (procedureId == Signed)
        {
            // Its answers choose 「公金受取口座を利用する」, which the portal takes only with a registered account.
            await Portal.Testing.PublicFundsAccounts.TestPublicFundsAccounts.RegisterAsync(_services, resident.PrincipalId);
        }
        var draft = (await _drafts.CreateAsync(new Draft
        {
            Id = "drf-" + Guid.NewGuid().ToString("N"),
            ResidentId = resident.PrincipalId,
            ProcedureId = procedureId,
            LocalGovernmentCode = Chiyoda,
            FormId = procedureId,
            FormVersion = _forms.GetLatest(procedureId).Version,
            Data = Answers(procedureId),
            Attachments = [],
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = now.AddDays(30),
            Ttl = 60 * 60 * 24 * 40,
        }, None)).Document;
        var id = "att-" + Guid.NewGuid().ToString("N");
        var file = await _draftFiles.UploadAsync(draft.ResidentId, draft.Id, id, new MemoryStream(Pdf), None);
        var stored = (await _drafts.ReadAsync(draft.ResidentId, draft.Id, None))!;
        return (await _drafts.ReplaceAsync(stored.Document with
        {
            Attachments = [new DraftAttachment(id, "添付.pdf", file.ContentType, file.Size, file.Sha256, _clock.GetUtcNow())],
        }, stored.ETag, None)).Document;
    }

    /// <summary>Complete answers, as the Domain tests' ValidAnswers has them.</summary>
    private static JsonObject Answers(string formId) => JsonNode.Parse(formId == Signed
        ? """
          { "applicant": { "name": "山田 太郎", "kana": "ヤマダ タロウ", "birthDate": "1988-04-02", "postalCode": "100-0014",
                           "address": "東京都千代田区永田町1-7-1", "phone": "03-1234-5678", "occupation": "employee", "pension": "employees" },
            "hasSpouse": true, "spouse": { "name": "山田 花子", "kana": "ヤマダ ハナコ", "birthDate": "1990-10-10" },
            "children": [ { "name": "山田 一郎", "kana": "ヤマダ イチロウ", "birthDate": "2025-05-20", "relationship": "child", "livesTogether": true } ],
            "usePublicFundsAccount": true }
          """
        : """
          { "owner": { "name": "渡辺 守", "kana": "ワタナベ マモル", "birthDate": "1980-08-08", "postalCode": "980-0001",
                       "address": "宮城県仙台市青葉区1-1", "phone": "022-123-4567" },
            "dog": { "name": "ポチ", "breed": "柴犬", "color": "赤", "sex": "male", "birthDateKnown": true, "birthDate": "2025-01-01", "acquiredDate": "2025-05-01" },
            "keptAtOwnerAddress": true, "rabies": { "vaccinated": false } }
          """)!.AsObject();

    /// <summary>
    /// The features as the host registers them (AddCertificates, AddCardRequests, AddAccounts, AddForms, AddDrafts,
    /// AddApplications...), on the system clock, over this database and storage, the test CA's anchors and CRLs
    /// (the CA folder has both), and the logger that counts the side effects' failures.
    /// </summary>
    private static ServiceProvider Services(PortalDatabase database, StorageAccount storage, string ca)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Identity:Tokens:Issuer"] = "https://portal.example/api",
            [ResidentRefTestKey.Setting] = ResidentRefTestKey.Value,
            [$"{TrustAnchorOptions.Section}:{nameof(TrustAnchorOptions.Folder)}"] = ca,
            [$"{CrlOptions.Section}:{nameof(CrlOptions.Folder)}"] = ca,
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(database)
            .AddSingleton(storage)
            .AddEmail(settings)
            .AddOperationHistory()
            .AddCertificates(settings)
            .AddCardRequests(settings)
            .AddAccounts()
            .AddProcedures(settings)
            .AddForms()
            .AddDrafts(settings)
            .AddApplications(settings)
            .AddSingleton<ILogger<SubmissionSideEffects>>(new WarningCountingLogger<SubmissionSideEffects>())
            .BuildServiceProvider();
    }

    /// <summary>The two real templates (procedures.json) and 千代田区's set offering both online; loaded as the host loads it.</summary>
    private static async Task CatalogAsync(ServiceProvider services)
    {
        var templates = ProcedureTemplateCatalog.Load().Where(t => t.Id is Signed or Unsigned).ToList();
        if (templates.Single(t => t.Id == Signed) is not { RequiresSignature: true, OnlineCapable: true }
            || templates.Single(t => t.Id == Unsigned) is not { RequiresSignature: false, OnlineCapable: true })
        {
            throw new InvalidOperationException("procedures.json no longer has a signed and an unsigned online procedure here.");
        }
        await services.SeedCatalogAsync(templates,
        [
            new OfferingSet
            {
                Id = Chiyoda,
                BodyName = "千代田区",
                Offerings =
                [
                    new Offering(Signed, [ApplicationMethods.Online, ApplicationMethods.Counter], null, "子育て支援課 03-0000-0000", null),
                    new Offering(Unsigned, [ApplicationMethods.Online], null, null, null),
                ],
                UpdatedAt = DateTimeOffset.UtcNow,
                UpdatedBy = "seed",
            },
        ]);
    }

    /// <summary>The test CA's anchors and CRLs loaded as the host's start-up leaves them (the validator's cache is the host's too).</summary>
    private static async Task CrlsAsync(ServiceProvider services)
    {
        await services.GetRequiredService<TrustAnchorLoader>().LoadAsync(None);
        await services.GetRequiredService<CrlRefresher>().RefreshAsync(None);
    }
}
