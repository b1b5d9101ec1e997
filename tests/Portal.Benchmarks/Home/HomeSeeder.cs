using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Status;
using Portal.Domain.Drafts;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Proxies;
using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.Zengin;
using Portal.Testing.Procedures;

namespace Portal.Benchmarks.Home;

/// <summary>
/// A resident as ホーム's benchmark wants them, written straight through each feature's repository: a registered account
/// whose certificate expires in two months, <see cref="Drafts"/> drafts, <see cref="Applications"/> applications in
/// progress (every fifth with a 補正依頼), <see cref="Notices"/> personal notices (every twentieth 重要), a 公金受取口座
/// and two people they act for.
/// </summary>
public sealed class HomeSeeder(IServiceProvider portal)
{
    public const int Drafts = 5;
    public const int Applications = 20;
    public const int Notices = 200;

    private static readonly CancellationToken None = CancellationToken.None;

    public async Task<string> SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var id = AccountService.NewAccountId();
        await Get<AccountRepository>().CreateAsync(new Account
        {
            Id = id,
            Certificates = [new AccountCertificate("CN=Bench CA", Convert.ToHexString(RandomNumberGenerator.GetBytes(8)), now, now.AddDays(60))],
            State = AccountStates.Registered,
            CreatedAt = now,
            RegisteredAt = now,
            Email = Portal.Testing.Privacy.TestEmails.Unique("home-bench"),
        }, None);
        for (var i = 0; i < Drafts; i++)
        {
            await Get<DraftRepository>().CreateAsync(new Draft
            {
                Id = DraftIdentifiers.NewDraftId(), ResidentId = id, ProcedureId = TestCatalog.ChildAllowance,
                LocalGovernmentCode = TestCatalog.Chiyoda, Data = new JsonObject { ["applicantName"] = "ベンチ 太郎" },
                CreatedAt = now, UpdatedAt = now.AddMinutes(-i), ExpiresAt = now.AddDays(30 - i),
            }, None);
        }
        for (var i = 0; i < Applications; i++)
        {
            await Get<ApplicationRepository>().CreateAsync(Application(id, i, now), None);
        }
        await Parallel.ForEachAsync(Enumerable.Range(0, Notices), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            await Get<NoticeRepository>().CreateAsync(Notice(id, i, now), token));
        var branch = ZenginDirectory.Embedded.Branches.First();
        await Get<PublicFundsAccountRepository>().CreateAsync(new PublicFundsAccount
        {
            ResidentId = id, BankCode = branch.BankCode, BranchCode = branch.Code, AccountType = AccountTypes.Ordinary,
            AccountNumber = "1234567", HolderKana = "ﾍﾞﾝﾁ ﾀﾛｳ", HolderName = "ベンチ 太郎", RegisteredAt = now, UpdatedAt = now,
        }, None);
        for (var i = 0; i < 2; i++)
        {
            await DelegationAsync(AccountService.NewAccountId(), id, now);
        }
        return id;
    }

    private T Get<T>() where T : notnull => portal.GetRequiredService<T>();

    /// <summary>A small but complete application document (the revision's content is not read by ホーム).</summary>
    private static Application Application(string resident, int i, DateTimeOffset now)
    {
        var submitted = now.AddHours(-i);
        var number = ReceiptNumber.Create(DateOnly.FromDateTime(submitted.UtcDateTime), Random.Shared.Next(1, 999_999));
        return new Application
        {
            Id = number.ToString(), LocalGovernmentCode = TestCatalog.Chiyoda, ResidentId = resident, ProcedureId = TestCatalog.ChildAllowance,
            FormId = TestCatalog.ChildAllowance, FormVersion = "1",
            Revisions = [new ApplicationRevision
            {
                Number = 1, SubmittedAt = submitted, FormVersion = "1", Document = Convert.ToBase64String("{}"u8.ToArray()),
                DocumentSha256 = Convert.ToHexStringLower(SHA256.HashData("{}"u8)), Attachments = [],
            }],
            Status = i % 5 == 0 ? ApplicationStatus.CorrectionRequested : ApplicationStatus.UnderReview,
            CreatedAt = submitted,
        };
    }

    private static Notice Notice(string resident, int i, DateTimeOffset now)
    {
        var published = now.AddMinutes(-Notices + i);
        return new Notice
        {
            Id = NoticeIdentifiers.NewNoticeId(), AudienceKey = AudienceKeys.Resident(resident), AgencyClientId = "bench-agency",
            SenderName = "ベンチマーク", Audience = new NoticeAudience(NoticeAudienceKinds.Resident), Title = $"お知らせ {i}",
            Body = "ホームの読み取り時間を測るためのお知らせです。", Category = NoticeCategories.All[i % NoticeCategories.All.Count],
            Importance = i % 20 == 0 ? NoticeImportance.Important : NoticeImportance.Normal,
            PublishAt = published, ExpiresAt = now.AddDays(30), CreatedAt = published, UpdatedAt = published,
            FanOutStartedAt = published, IdempotencyKeyHash = Guid.NewGuid().ToString("N"), Ttl = 60 * 60 * 24 * 60,
        };
    }

    private async Task DelegationAsync(string principal, string proxy, DateTimeOffset now)
    {
        var id = "dlg" + Guid.NewGuid().ToString("N")[..20];
        var delegations = Get<Delegations>();
        await delegations.CreateAsync(new Delegation
        {
            Id = id, ResidentId = Delegation.PartitionOf(id), Direction = DelegationDirections.PrincipalFirst, PrincipalId = principal,
            ProxyId = proxy, Invited = new NamedPerson("代理 一郎", new DateOnly(1980, 5, 5)), PrincipalName = "委任 花子",
            ProxyName = "代理 一郎", Kind = ProxyKinds.Voluntary, Services = [DelegatedServices.Applications],
            ValidFrom = now.AddDays(-1), ValidUntil = now.AddDays(365), State = DelegationStates.Active,
            CreatedAt = now.AddDays(-1), AcceptBy = now.AddDays(6), AcceptedAt = now.AddDays(-1),
        }, principal, None);
        await delegations.AddReferenceAsync(proxy, id, DelegationRoles.Proxy, now, None);
    }
}
