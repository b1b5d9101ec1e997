using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Information;

namespace Portal.Functions.Tests.Exchanges;

/// <summary>やりとり履歴 for the resident: a token of a deleted account opens it no more than it opens 操作履歴.</summary>
public sealed class MyExchangeHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private AccountsApi Api => fixture.Api;

    [Theory]
    [InlineData("/api/me/exchanges", "/api/me/operations")]
    [InlineData("/api/me/exchanges/export", "/api/me/operations/export")]
    public async Task ADeletedAccountsTokenIsAnsweredAsTheOperationHistoryAnswersIt(string exchanges, string operations)
    {
        var (_, token, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, exchanges, token), 200);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", token), 200);
        var history = await Api.SendAsync(HttpMethod.Get, exchanges, token);
        var operationsAnswer = await Api.SendAsync(HttpMethod.Get, operations, token);

        AccountsApi.Expect(operationsAnswer, 401);
        Assert.Equal(operationsAnswer.StatusCode, history.StatusCode);
        Assert.Equal(await AccountsApi.ProblemTypeAsync(operationsAnswer), await AccountsApi.ProblemTypeAsync(history));
    }
}
