using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.PublicFundsAccounts;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Drafts;
using Portal.Functions.Tests.Procedures;
using Portal.Testing.PublicFundsAccounts;

namespace Portal.Functions.Tests.Applications;

/// <summary>
/// 「公金受取口座を利用する」 means something: answered はい, the application is submitted only when the resident has a
/// registered account the Zengin data still lists; otherwise the answer is marked in Japanese and nothing is submitted.
/// </summary>
public sealed class PublicFundsAccountChoiceHttpTests(DraftsApiFixture fixture) : IClassFixture<DraftsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task Choosing_the_registered_public_funds_account_without_one_is_refused_on_that_answer_and_nothing_is_submitted()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var answers = JsonNode.Parse(SubmissionHttpTests.ChildAllowanceAnswers)!.AsObject();
        answers["usePublicFundsAccount"] = true;
        var draftId = await DraftAsync(token, SmallCatalog.ChildAllowance, answers.ToJsonString());

        var response = await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId });

        Assert.Equal(422, (int)response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("usePublicFundsAccount", error.GetProperty("path").GetString());
        Assert.Equal("public-funds-account-not-registered", error.GetProperty("code").GetString());
        Assert.Contains("公金受取口座が登録されていません", problem.GetProperty("detail").GetString());
        Assert.Equal(200, (int)(await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{draftId}", token)).StatusCode);
    }

    [Fact]
    public async Task Choosing_a_registered_account_whose_bank_the_Zengin_data_no_longer_lists_is_refused_and_a_valid_one_is_accepted()
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        // A code the data does not list stands for a bank gone in a merger.
        await TestPublicFundsAccounts.RegisterAsync(Api.Host.Services, accountId, bankCode: "0002");
        var repository = Api.Host.Services.GetRequiredService<PublicFundsAccountRepository>();
        var stored = (await repository.ReadAsync(accountId, CancellationToken.None))!;
        var answers = JsonNode.Parse(SubmissionHttpTests.ChildAllowanceAnswers)!.AsObject();
        answers["usePublicFundsAccount"] = true;
        var draftId = await DraftAsync(token, SmallCatalog.ChildAllowance, answers.ToJsonString());

        var refused = await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId });
        await repository.TryReplaceAsync(stored.Document with { BankCode = "0001" }, stored.ETag, CancellationToken.None);
        var accepted = await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId });

        Assert.Equal(422, (int)refused.StatusCode);
        var error = Assert.Single((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("public-funds-account-invalid", error.GetProperty("code").GetString());
        Assert.Equal(202, (int)accepted.StatusCode);
    }

    private async Task<string> DraftAsync(string token, string procedureId, string answers)
    {
        var draft = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId, localGovernmentCode = SmallCatalog.Chiyoda, data = JsonNode.Parse(answers) }), 201);
        return draft.GetProperty("id").GetString()!;
    }

    private Task<HttpResponseMessage> SubmitAsync(string token, string key, object body) =>
        Api.SendAsync(HttpMethod.Post, "/api/me/applications", token, body, request => request.Headers.Add("Idempotency-Key", key));
}
