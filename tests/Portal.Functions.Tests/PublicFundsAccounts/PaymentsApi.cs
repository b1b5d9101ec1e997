using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Exchanges;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Information;
using Portal.Functions.Tests.Notices.Agency;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.PublicFundsAccounts;

/// <summary>The steps these tests share: a resident with a registered account, paying agencies, the resident's やりとり履歴 and お知らせ.</summary>
public sealed class PaymentsApi(AccountsApi api)
{
    public const string MePath = "/api/me/public-funds-account";

    public InformationSeeds Seeds { get; } = new(api);

    public static object Account(string bank, string branch, string number = "1234567") =>
        new { bankCode = bank, branchCode = branch, accountType = "ordinary", accountNumber = number, holderKana = "ヤマダ ハナコ" };

    /// <summary>A resident with a card profile, and the account registered when <paramref name="account"/> is given.</summary>
    public async Task<(string Id, string Token)> ResidentAsync(object? account)
    {
        var (id, token, _) = await api.RegisteredAsync();
        await ProfileReading.ReadAsync(api, token);
        if (account is not null)
        {
            AccountsApi.Expect(await api.SendAsync(HttpMethod.Put, MePath, token, account), 201);
        }
        return (id, token);
    }

    public Task<string> AgencyAsync(AgencyBinding body, string name, params string[] scopes) =>
        AgencyNoticeApiHost.AgencyTokenAsync(api.Host.Services, "pay-" + InformationSeeds.BodyOf(body), name, body,
            scopes.Length > 0 ? scopes : [PortalScopes.AgencyPayments]);

    public Task<HttpResponseMessage> ReadAsync(string token, string residentRef, string? purpose) =>
        api.SendAsync(HttpMethod.Get,
            $"/api/agency/residents/{residentRef}/public-funds-account" + (purpose is null ? "" : "?purpose=" + Uri.EscapeDataString(purpose)), token);

    /// <summary>The resident's やりとり履歴 once the outbox is written.</summary>
    public async Task<List<JsonElement>> ExchangesAsync(string residentToken)
    {
        await QueueDrain.UntilEmptyAsync(
            api.Host.Services.GetRequiredService<StorageAccount>().Queue(api.Host.Services.GetRequiredService<ExchangeOutbox>().QueueName),
            TimeSpan.FromSeconds(60));
        return [.. (await AccountsApi.ExpectAsync(await api.SendAsync(HttpMethod.Get, "/api/me/exchanges", residentToken), 200))
            .GetProperty("items").EnumerateArray()];
    }

    /// <summary>The bodies of the resident's お知らせ titled <paramref name="title"/>.</summary>
    public async Task<List<string>> NoticesAsync(string token, string title)
    {
        var list = await AccountsApi.ExpectAsync(await api.SendAsync(HttpMethod.Get, "/api/me/notices", token), 200);
        var bodies = new List<string>();
        foreach (var notice in list.GetProperty("items").EnumerateArray().Where(n => n.GetProperty("title").GetString() == title))
        {
            bodies.Add(await (await api.SendAsync(HttpMethod.Get, $"/api/me/notices/{notice.GetProperty("id").GetString()}", token))
                .Content.ReadAsStringAsync());
        }
        return bodies;
    }
}
