using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Histories;
using Portal.Domain.Histories.Trees;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Histories;

/// <summary>
/// The daily tree over HTTP: after the day's run, a resident's export proves their head in it and verifies, and
/// anyone can fetch the same tree head by its day; a day without a tree is a 404 problem.
/// </summary>
public sealed class TreeHeadsHttpTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task After_the_days_tree_the_export_proves_the_head_in_it_and_anyone_fetches_the_same_tree_head()
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Patch, "/api/me/settings", token, new { notificationsEnabled = false }), 200);
        await Api.Host.Services.GetRequiredService<DailyHistoryTree>().RunAsync(CancellationToken.None);
        // Appended after the tree: the export's head is newer than the one the tree holds.
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Patch, "/api/me/settings", token, new { notificationsEnabled = true }), 200);

        var export = (await (await Api.SendAsync(HttpMethod.Get, "/api/me/operations/export", token)).Content
            .ReadFromJsonAsync<HistoryExport>(JsonSerializerOptions.Web))!;
        var keys = JsonNode.Parse((await AccountsApi.ExpectAsync(await Api.Client.GetAsync("/api/history/keys"), 200)).GetRawText())!.AsObject();
        var verified = HistoryVerifier.Verify(export, keys);
        var published = await AccountsApi.ExpectAsync(await Api.Client.GetAsync($"/api/history/tree-heads/{verified.Tree?.Day}"), 200);

        Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
        Assert.Equal(accountId, export.Inclusion!.Leaf.Sub);
        Assert.True(export.Inclusion.Leaf.Seq < verified.Head!.Sequence);
        Assert.Equal(export.Inclusion.TreeHead, published.GetProperty("treeHead").GetString());
        Assert.Equal(verified.Tree!.Day, published.GetProperty("day").GetString());
    }

    [Theory]
    [InlineData("1999-01-01")]
    [InlineData("yesterday")]
    public async Task A_day_without_a_tree_is_a_problem_in_japanese(string day)
    {
        var response = await Api.Client.GetAsync($"/api/history/tree-heads/{day}");

        AccountsApi.Expect(response, 404);
        Assert.Equal("tree-head-not-found", await AccountsApi.ProblemTypeAsync(response));
        Assert.Contains("署名付きツリーヘッドはありません", await response.Content.ReadAsStringAsync());
    }
}
