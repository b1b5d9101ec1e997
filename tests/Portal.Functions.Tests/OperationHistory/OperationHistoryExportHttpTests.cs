using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Contracts.Histories;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.OperationHistory;

/// <summary>The signed 操作履歴 export over HTTP: what the resident sees, chained, signed with a published history key.</summary>
public sealed class OperationHistoryExportHttpTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task A_resident_exports_their_history_uncached_and_it_verifies_against_the_published_history_keys()
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        var first = await Api.SendAsync(HttpMethod.Get, "/api/me/operations/export", token);
        var older = (await first.Content.ReadFromJsonAsync<HistoryExport>(JsonSerializerOptions.Web))!;
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Patch, "/api/me/settings", token, new { notificationsEnabled = false }), 200);

        var second = await Api.SendAsync(HttpMethod.Get, "/api/me/operations/export", token);
        var newer = (await second.Content.ReadFromJsonAsync<HistoryExport>(JsonSerializerOptions.Web))!;
        var keys = await AccountsApi.ExpectAsync(await Api.Client.GetAsync("/api/history/keys"), 200);
        var listed = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token), 200);

        AccountsApi.Expect(first, 200);
        Assert.Equal("no-store", second.Headers.CacheControl?.ToString());
        var keySet = JsonNode.Parse(keys.GetRawText())!.AsObject();
        var verified = HistoryVerifier.VerifyExtends(newer, older, keySet);
        Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
        Assert.Equal(accountId, verified.Head!.Resident);
        Assert.Equal(older.Entries.Count + 1, newer.Entries.Count);
        Assert.Equal(listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("operation").GetString()).Reverse(),
            newer.Entries.Select(e => e["operation"]!.GetValue<string>()));
        Assert.Empty(newer.BeforeChain);
        var key = Assert.Single(keySet["keys"]!.AsArray());
        Assert.Equal("ES256", key!["alg"]!.GetValue<string>());
        Assert.Null(key["d"]);
    }

    [Fact]
    public async Task Without_a_resident_token_there_is_no_export()
    {
        var response = await Api.Client.GetAsync("/api/me/operations/export");

        AccountsApi.Expect(response, 401);
    }
}
