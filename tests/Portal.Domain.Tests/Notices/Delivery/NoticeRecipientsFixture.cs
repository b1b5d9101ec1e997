using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.Notices.Delivery;

/// <summary>
/// A residents container on the real local Cosmos-protocol server holding one registered account per address below
/// (area keys set as ProfileService sets them) and one without a card profile, with the recipient query over it.
/// </summary>
public sealed class NoticeRecipientsFixture : IAsyncLifetime
{
    public static readonly string[] Addresses =
    [
        "大阪府大阪市北区中之島1-3-20",
        "大阪府大阪市都島区中野町1-1",
        "大阪府大阪市",
        "大阪府堺市堺区南瓦町3-1",
        "大阪府豊中市中桜塚3-1-1",
        "大阪府能勢郡能勢町宿野28",
        "大阪府どこでもない町1-1",
        "東京都千代田区霞が関2-1-2",
        "北海道札幌市中央区北1条西2",
    ];

    private readonly CosmosDatabaseFixture _cosmos = new();

    public ResidentAreas Areas { get; } = new(LocalGovernmentCatalog.Load());

    public NoticeFanOutChains Chains { get; } = new(LocalGovernmentCatalog.Load());

    public NoticeRecipientQuery Recipients { get; private set; } = null!;

    /// <summary>Account id by address.</summary>
    public Dictionary<string, string> ByAddress { get; } = [];

    public string WithoutProfile { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        var database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await database.CreateIfNotExistsAsync([PortalContainers.Residents], CancellationToken.None);
        var accounts = new AccountRepository(database);
        foreach (var address in Addresses)
        {
            var areaKeys = Areas.ChainOf(address).Keys.Where(k => k != AudienceKeys.National).ToList();
            ByAddress[address] = (await accounts.CreateAsync(Registered(address, areaKeys), CancellationToken.None)).Document.Id;
        }
        WithoutProfile = (await accounts.CreateAsync(Registered(null, []), CancellationToken.None)).Document.Id;
        Recipients = new NoticeRecipientQuery(database);
    }

    public Task DisposeAsync() => _cosmos.DisposeAsync();

    /// <summary>Every account each chain of a notice to <paramref name="audienceKey"/> reads, all pages, duplicates kept.</summary>
    public async Task<List<string>> ReachedAsync(string audienceKey)
    {
        var reached = new List<string>();
        foreach (var chain in Chains.Of(audienceKey))
        {
            string? continuation = null;
            do
            {
                var page = await Recipients.PageAsync(audienceKey, chain, continuation, CancellationToken.None);
                reached.AddRange(page.Items.Select(r => r.AccountId));
                continuation = page.ContinuationToken;
            }
            while (continuation is not null);
        }
        return reached;
    }

    private static Account Registered(string? address, IReadOnlyList<string> areaKeys)
    {
        var now = DateTimeOffset.UtcNow;
        return new Account
        {
            Id = AccountService.NewAccountId(),
            Certificates = [],
            State = AccountStates.Registered,
            CreatedAt = now,
            RegisteredAt = now,
            Profile = address is null ? null
                : new ResidentProfile("テスト 住民", address, new DateOnly(1980, 4, 1), "1", ProfileSources.Card, now, now),
            AreaKeys = areaKeys,
        };
    }
}
