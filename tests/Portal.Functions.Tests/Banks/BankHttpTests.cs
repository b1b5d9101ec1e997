using System.Text.Json;
using Portal.Functions.Tests.Procedures;

namespace Portal.Functions.Tests.Banks;

/// <summary>
/// 金融機関・支店の検索 over HTTP, anonymous: a resident finds the bank and branch by name without knowing a code; a
/// code that is no bank, or a text too long to be a name, is told in Japanese.
/// </summary>
public sealed class BankHttpTests(CatalogApiHost api) : IClassFixture<CatalogApiHost>
{
    private const string Problem = "https://portal.example/problems/";

    [Fact]
    public async Task Anyone_finds_a_bank_by_its_name_in_hiragana_and_then_its_branch_by_name()
    {
        var banks = await GetAsync("/api/banks?q=" + Uri.EscapeDataString("みずほ銀行"), 200);
        var branches = await GetAsync("/api/banks/0001/branches?q=" + Uri.EscapeDataString("丸の内中央"), 200);

        var first = banks.RootElement.GetProperty("banks")[0];
        Assert.Equal("0001", first.GetProperty("code").GetString());
        Assert.Equal("みずほ", first.GetProperty("name").GetString());
        Assert.Equal("ミズホ", first.GetProperty("kana").GetString());
        Assert.Equal("みずほ", branches.RootElement.GetProperty("bank").GetProperty("name").GetString());
        Assert.Equal("004", branches.RootElement.GetProperty("branches")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_answers_may_be_cached_as_public_reference_data()
    {
        var response = await api.Client.GetAsync("/api/banks?q=0009");

        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/api/banks/0002/branches", 404, "bank-not-found")]
    [InlineData("/api/banks/12ab/branches", 404, "bank-not-found")]
    [InlineData("/api/banks/00001/branches", 404, "bank-not-found")]
    public async Task The_branches_of_a_code_that_is_no_bank_are_not_found(string path, int status, string type)
    {
        using var problem = await GetAsync(path, status);

        Assert.Equal(Problem + type, problem.RootElement.GetProperty("type").GetString());
        Assert.Equal("指定された金融機関は見つかりませんでした。", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_search_text_too_long_to_be_a_name_is_refused_in_Japanese()
    {
        using var problem = await GetAsync("/api/banks?q=" + new string('a', 51), 400);

        Assert.Equal(Problem + "invalid-bank-query", problem.RootElement.GetProperty("type").GetString());
        Assert.Contains("50文字以内", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonDocument> GetAsync(string path, int status)
    {
        var response = await api.Client.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
