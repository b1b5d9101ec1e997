using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Contracts.Histories;
using Portal.Functions.Tests.Accounts;
using Signer.Cli;
using Signer.Cli.Console;

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
    public async Task The_residents_own_verifier_accepts_the_saved_export_with_the_keys_from_the_portal_and_names_an_altered_entry()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Patch, "/api/me/settings", token, new { notificationsEnabled = false }), 200);
        var saved = Path.Combine(Path.GetTempPath(), $"operations-{Guid.NewGuid():N}.json");
        var body = await (await Api.SendAsync(HttpMethod.Get, "/api/me/operations/export", token)).Content.ReadAsStringAsync();
        await File.WriteAllTextAsync(saved, body);
        var altered = Path.Combine(Path.GetTempPath(), $"operations-{Guid.NewGuid():N}.json");
        var export = JsonNode.Parse(body)!.AsObject();
        export["entries"]![0]!["outcome"] = "refused";
        await File.WriteAllTextAsync(altered, export.ToJsonString());

        var (good, goodOutput) = await VerifyAsync(saved);
        var (bad, badOutput) = await VerifyAsync(altered);

        Assert.Equal(ExitCodes.Ok, good);
        Assert.Contains("履歴は改ざんされていません。", goodOutput);
        Assert.Equal(ExitCodes.HistoryNotVerified, bad);
        Assert.Contains("1番目の記録が書き換えられています", badOutput);
    }

    /// <summary>myna-signer as the resident runs it, fetching the history keys from the portal by URL.</summary>
    private async Task<(int ExitCode, string Output)> VerifyAsync(string export)
    {
        var output = new StringWriter();
        var console = new SignerConsole(new StringReader(""), output, output, interactive: false);
        var code = await SignerApp.RunAsync(["history", "verify", export, "--keys", new Uri(Api.Client.BaseAddress!, "/api/history/keys").ToString()],
            console, Api.Client, new SignerSettings([]), CancellationToken.None);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Without_a_resident_token_there_is_no_export()
    {
        var response = await Api.Client.GetAsync("/api/me/operations/export");

        AccountsApi.Expect(response, 401);
    }
}
