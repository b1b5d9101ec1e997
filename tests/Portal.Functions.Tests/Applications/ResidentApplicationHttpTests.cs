using System.Text.Json;
using Portal.Domain.Applications.Status;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Applications;

/// <summary>申請状況 over HTTP from the resident's side: the list, one application with its history, 取下げ.</summary>
public sealed class ResidentApplicationHttpTests(ApplicationsApiFixture fixture) : IClassFixture<ApplicationsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task TheResidentListsTheirOwnApplicationsNewestFirstWithNamesAndJapaneseLabelsPageByPage()
    {
        var (resident, token, _) = await Api.RegisteredAsync();
        var older = await fixture.SubmitAsync(resident, ApplicationsApiFixture.Chuo, at: Api.Clock.Now.AddHours(-2));
        var newer = await fixture.SubmitAsync(resident, ApplicationsApiFixture.Chiyoda, status: ApplicationStatus.UnderReview, at: Api.Clock.Now.AddHours(-1));
        var (other, _, _) = await Api.RegisteredAsync();
        await fixture.SubmitAsync(other);

        var first = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/applications?limit=1", token), 200);
        var continuation = first.GetProperty("continuation").GetString()!;
        var second = await AccountsApi.ExpectAsync(
            await Api.SendAsync(HttpMethod.Get, $"/api/me/applications?limit=1&continuation={Uri.EscapeDataString(continuation)}", token), 200);

        var item = Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal(newer.Id, item.GetProperty("receiptNumber").GetString());
        Assert.Equal("児童手当の認定請求", item.GetProperty("procedureName").GetString());
        Assert.Equal(ApplicationsApiFixture.Chiyoda, item.GetProperty("localGovernmentCode").GetString());
        Assert.Equal("千代田区", item.GetProperty("localGovernmentName").GetString());
        Assert.Equal("under-review", item.GetProperty("status").GetProperty("code").GetString());
        Assert.Equal("審査中", item.GetProperty("status").GetProperty("label").GetString());
        var last = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(older.Id, last.GetProperty("receiptNumber").GetString());
        Assert.Equal("中央区", last.GetProperty("localGovernmentName").GetString());
    }

    [Fact]
    public async Task TheDetailShowsTheHistoryTheRevisionsAndTheAnswersAndAnotherResidentGetsNotFound()
    {
        var (resident, token, _) = await Api.RegisteredAsync();
        var application = await fixture.SubmitAsync(resident, ApplicationsApiFixture.Chuo);
        var agency = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chuo);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, $"/api/agency/applications/{application.Id}/status", agency,
            new { status = "accepted", comment = "受け付けました" }), 200);

        var response = await Api.SendAsync(HttpMethod.Get, $"/api/me/applications/{application.Id}", token);
        var detail = await AccountsApi.ExpectAsync(response, 200);

        Assert.Equal(detail.GetProperty("eTag").GetString(), response.Headers.ETag!.ToString());
        Assert.Equal("受付", detail.GetProperty("status").GetProperty("label").GetString());
        Assert.True(detail.GetProperty("withdrawable").GetBoolean());
        var change = Assert.Single(detail.GetProperty("history").EnumerateArray());
        Assert.Equal("到達", change.GetProperty("from").GetProperty("label").GetString());
        Assert.Equal("受付", change.GetProperty("to").GetProperty("label").GetString());
        Assert.Equal("agency", change.GetProperty("actor").GetString());
        Assert.Equal("受け付けました", change.GetProperty("comment").GetString());
        var revision = Assert.Single(detail.GetProperty("revisions").EnumerateArray());
        Assert.True(revision.GetProperty("signed").GetBoolean());
        Assert.Equal(["jumin.pdf"], revision.GetProperty("attachments").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("山田 花子", detail.GetProperty("data").GetProperty("applicantName").GetString());
        var listed = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/applications", token), 200);
        var summary = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal("受け付けました", summary.GetProperty("lastChange").GetProperty("comment").GetString());

        var (_, otherToken, _) = await Api.RegisteredAsync();
        var other = await Api.SendAsync(HttpMethod.Get, $"/api/me/applications/{application.Id}", otherToken);
        AccountsApi.Expect(other, 404);
        Assert.Equal("application-not-found", await AccountsApi.ProblemTypeAsync(other));
    }

    [Fact]
    public async Task TheResidentWithdrawsOnceAndIsThenRefusedWithTheStatusesNamed()
    {
        var (resident, token, _) = await Api.RegisteredAsync();
        var application = await fixture.SubmitAsync(resident);

        var withdrawn = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post,
            $"/api/me/applications/{application.Id}/withdrawal", token, new { comment = "別の窓口で手続しました" }), 200);
        var again = await Api.SendAsync(HttpMethod.Post, $"/api/me/applications/{application.Id}/withdrawal", token);

        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetProperty("code").GetString());
        Assert.False(withdrawn.GetProperty("withdrawable").GetBoolean());
        var change = Assert.Single(withdrawn.GetProperty("history").EnumerateArray());
        Assert.Equal(("resident", "別の窓口で手続しました"), (change.GetProperty("actor").GetString(), change.GetProperty("comment").GetString()));
        AccountsApi.Expect(again, 409);
        Assert.Equal("status-transition-refused", await AccountsApi.ProblemTypeAsync(again));
        var problem = JsonSerializer.Deserialize<JsonElement>(await again.Content.ReadAsStringAsync());
        Assert.Equal("「取下げ」の申請を「取下げ」にすることはできません。", problem.GetProperty("detail").GetString());
        var operations = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token), 200);
        Assert.Contains(operations.GetProperty("items").EnumerateArray(), o =>
            o.GetProperty("operation").GetString() == "application.withdraw" && o.TryGetProperty("target", out var target)
            && target.GetString() == application.Id);
    }

    [Fact]
    public async Task AWithdrawalWithAStaleIfMatchIsRefusedAndTheAgencysChangeStands()
    {
        var (resident, token, _) = await Api.RegisteredAsync();
        var application = await fixture.SubmitAsync(resident);
        var read = await Api.SendAsync(HttpMethod.Get, $"/api/me/applications/{application.Id}", token);
        var etag = read.Headers.ETag!.ToString();
        var agency = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, $"/api/agency/applications/{application.Id}/status", agency,
            new { status = "accepted" }), 200);

        var stale = await Api.SendAsync(HttpMethod.Post, $"/api/me/applications/{application.Id}/withdrawal", token, new { },
            request => request.Headers.TryAddWithoutValidation("If-Match", etag));

        AccountsApi.Expect(stale, 412);
        Assert.Equal(ApplicationStatus.Accepted, (await fixture.ReadAsync(application)).Status);
    }

    [Fact]
    public async Task AnotherResidentCannotWithdrawAnApplication()
    {
        var (resident, _, _) = await Api.RegisteredAsync();
        var application = await fixture.SubmitAsync(resident);
        var (_, otherToken, _) = await Api.RegisteredAsync();

        var response = await Api.SendAsync(HttpMethod.Post, $"/api/me/applications/{application.Id}/withdrawal", otherToken);

        AccountsApi.Expect(response, 404);
        Assert.Equal(ApplicationStatus.Arrived, (await fixture.ReadAsync(application)).Status);
    }
}
