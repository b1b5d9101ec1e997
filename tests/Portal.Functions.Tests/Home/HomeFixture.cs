using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Proxies;
using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.Zengin;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Applications;

namespace Portal.Functions.Tests.Home;

/// <summary>
/// The applications host (catalog, signed applications) with what ホーム reads seeded straight through each feature's
/// repository. Parts get seconds, not 300 ms, here: a shared test machine must not make a part look late.
/// </summary>
public sealed class HomeFixture : ApplicationsApiFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Enabled"] = "false",
        ["Home:PartTimeout"] = "00:00:10",
    };

    public DateTimeOffset Now => Api.Clock.GetUtcNow();

    public async Task<JsonElement> HomeAsync(string token) =>
        await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/home", token), 200);

    public static List<JsonElement> Todo(JsonElement home, string kind) =>
        [.. home.GetProperty("todo").EnumerateArray().Where(t => t.GetProperty("kind").GetString() == kind)];

    public async Task<string> PersonalNoticeAsync(string accountId, string importance, string title = "重要なお知らせ")
    {
        var notice = new Notice
        {
            Id = NoticeIdentifiers.NewNoticeId(),
            AudienceKey = AudienceKeys.Resident(accountId),
            AgencyClientId = "agency-test",
            SenderName = "テスト市",
            Audience = new NoticeAudience(NoticeAudienceKinds.Resident),
            Title = title,
            Body = "本文です。",
            Category = NoticeCategories.Other,
            Importance = importance,
            PublishAt = Now.AddMinutes(-1),
            ExpiresAt = Now.AddDays(30),
            CreatedAt = Now.AddMinutes(-1),
            UpdatedAt = Now.AddMinutes(-1),
            IdempotencyKeyHash = Guid.NewGuid().ToString("N"),
        };
        await Services.GetRequiredService<NoticeRepository>().CreateAsync(notice, CancellationToken.None);
        return notice.Id;
    }

    /// <summary>A registered 公金受取口座; <paramref name="bankCode"/> defaults to a bank and branch in the Zengin data.</summary>
    public async Task PublicFundsAccountAsync(string accountId, string? bankCode = null, string? branchCode = null)
    {
        var known = ZenginDirectory.Embedded.Branches.First();
        var repository = Services.GetRequiredService<PublicFundsAccountRepository>();
        var account = new PublicFundsAccount
        {
            ResidentId = accountId,
            BankCode = bankCode ?? known.BankCode,
            BranchCode = branchCode ?? known.Code,
            AccountType = AccountTypes.Ordinary,
            AccountNumber = "1234567",
            HolderKana = "ﾔﾏﾀﾞ ﾊﾅｺ",
            HolderName = "山田 花子",
            RegisteredAt = Now,
            UpdatedAt = Now,
        };
        var stored = await repository.ReadAsync(accountId, CancellationToken.None);
        if (stored is null)
        {
            await repository.CreateAsync(account, CancellationToken.None);
        }
        else
        {
            await repository.TryReplaceAsync(account, stored.ETag, CancellationToken.None);
        }
    }

    /// <summary>Records when the account's card certificate expires, as sign-in does.</summary>
    public Task CertificateExpiresAsync(string accountId, DateTimeOffset notAfter) =>
        Services.GetRequiredService<AccountRepository>().UpdateAsync(accountId, a => a with
        {
            Certificates = [.. a.Certificates.Select(c => c with { NotAfter = notAfter })],
        }, CancellationToken.None);

    /// <summary>An active delegation from <paramref name="principal"/> to <paramref name="proxy"/>.</summary>
    public async Task<string> DelegationAsync(string principal, string proxy, string state = DelegationStates.Active)
    {
        var id = "dlg" + Guid.NewGuid().ToString("N")[..20];
        var delegation = new Delegation
        {
            Id = id,
            ResidentId = Delegation.PartitionOf(id),
            Direction = DelegationDirections.PrincipalFirst,
            PrincipalId = principal,
            ProxyId = proxy,
            Invited = new NamedPerson("代理 一郎", new DateOnly(1980, 5, 5)),
            PrincipalName = "委任 花子",
            ProxyName = "代理 一郎",
            Kind = ProxyKinds.Voluntary,
            Services = [DelegatedServices.Applications],
            ValidFrom = Now.AddDays(-1),
            ValidUntil = Now.AddDays(365),
            State = state,
            CreatedAt = Now.AddDays(-1),
            AcceptBy = Now.AddDays(6),
            AcceptedAt = Now.AddDays(-1),
        };
        var delegations = Services.GetRequiredService<Delegations>();
        await delegations.CreateAsync(delegation, principal, CancellationToken.None);
        await delegations.AddReferenceAsync(proxy, id, DelegationRoles.Proxy, Now, CancellationToken.None);
        return id;
    }
}
