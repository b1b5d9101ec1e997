using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Residents.References;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Notices.Inbox;
using Portal.Testing.Privacy;

namespace Portal.Functions.Tests.Notices.Agency;

/// <summary>
/// お知らせ to one resident: the agency addresses the residentRef an application to it carried, with a template filled
/// per resident; the notice reaches that resident's inbox only, the agency sees the ref and never the account, and the
/// notice plus its pointer are two documents whatever happens to it.
/// </summary>
public sealed class PersonalNoticeHttpTests(NoticeInboxFixture fixture) : IClassFixture<NoticeInboxFixture>
{
    private const string Chiyoda = "131016";
    private const string Problem = "https://portal.example/problems/";

    private AccountsApi Api => fixture.Api;

    private InboxSeeds Seeds => new(Api);

    [Fact]
    public async Task AnAgencySendsAPersonalNoticeToTheRefOfAnApplicantWithItsTemplateFilledAndOnlyThatResidentSeesIt()
    {
        var (resident, residentToken) = await Seeds.ResidentAsync();
        var (_, otherToken) = await Seeds.ResidentAsync();
        var residentRef = await RefAsync(Chiyoda, resident);
        var token = await AgencyTokenAsync("chiyoda-personal", Chiyoda);
        var before = await CountAsync();

        var sent = await AccountsApi.ExpectAsync(await SendAsync(token, Personal(residentRef)), 201);
        var id = sent.GetProperty("id").GetString()!;

        Assert.Equal("山田 花子様 児童手当の現況届について", sent.GetProperty("title").GetString());
        Assert.Equal("resident", sent.GetProperty("audience").GetProperty("kind").GetString());
        Assert.Equal(residentRef, sent.GetProperty("audience").GetProperty("residentRef").GetString());
        // The notice in the resident's partition and its pointer in the agency's: two, for any personal notice.
        Assert.Equal(before + 2, await CountAsync());
        Assert.Contains(id, await Seeds.IdsAsync(residentToken));
        var detail = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{id}", residentToken), 200);
        Assert.Equal("山田 花子様 児童手当の現況届について", detail.GetProperty("title").GetString());
        Assert.Equal("山田 花子様\n\n6月30日までに現況届を提出してください。", detail.GetProperty("body").GetString());
        Assert.DoesNotContain(id, await Seeds.IdsAsync(otherToken));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{id}", otherToken), 404);
    }

    [Fact]
    public async Task TheSameKeyAndBodySentAgainAnswerTheSamePersonalNoticeAndStoreNothingMore()
    {
        var (resident, _) = await Seeds.ResidentAsync();
        var residentRef = await RefAsync(Chiyoda, resident);
        var token = await AgencyTokenAsync("chiyoda-personal-retry", Chiyoda);
        var key = NoticeBodies.NewKey();
        var body = Personal(residentRef);

        var first = await AccountsApi.ExpectAsync(await SendAsync(token, body, key), 201);
        var count = await CountAsync();
        var again = await AccountsApi.ExpectAsync(await SendAsync(token, body, key), 201);

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task AnotherBodyUsingTheSameRefIsToldTheResidentIsUnknownAndNothingIsStored()
    {
        var (resident, residentToken) = await Seeds.ResidentAsync();
        var residentRef = await RefAsync(Chiyoda, resident);
        var minato = await AgencyTokenAsync("minato-personal", "131032");
        var before = await CountAsync();

        var response = await SendAsync(minato, Personal(residentRef));

        var problem = await AccountsApi.ExpectAsync(response, 422);
        Assert.Equal(Problem + "notice-resident-unknown", problem.GetProperty("type").GetString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await CountAsync());
        Assert.Empty(await Seeds.IdsAsync(residentToken));
    }

    [Fact]
    public async Task TheAgencySeesItsPersonalNoticeByItsRefAndNeverTheAccount()
    {
        var (resident, _) = await Seeds.ResidentAsync();
        var residentRef = await RefAsync(Chiyoda, resident);
        var token = await AgencyTokenAsync("chiyoda-personal-views", Chiyoda);
        var id = (await AccountsApi.ExpectAsync(await SendAsync(token, Personal(residentRef)), 201)).GetProperty("id").GetString()!;

        var one = await (await Api.SendAsync(HttpMethod.Get, $"/api/agency/notices/{id}", token)).Content.ReadAsStringAsync();
        var list = await (await Api.SendAsync(HttpMethod.Get, "/api/agency/notices", token)).Content.ReadAsStringAsync();

        Assert.Contains(residentRef, one, StringComparison.Ordinal);
        Assert.Contains(id, list, StringComparison.Ordinal);
        Assert.Contains(residentRef, list, StringComparison.Ordinal);
        Assert.DoesNotContain(resident, one, StringComparison.Ordinal);
        Assert.DoesNotContain(resident, list, StringComparison.Ordinal);
    }

    public static TheoryData<string, int, string, string?> BadInput => new()
    {
        { "a placeholder without a value", 400, "notice-invalid", "template-value-missing" },
        { "a value without a placeholder", 400, "notice-invalid", "template-value-unused" },
        { "a value holding an individual number", 400, "notice-invalid", "individual-number" },
        { "a malformed ref", 422, "notice-resident-unknown", null },
        { "a placeholder in an area notice", 400, "notice-invalid", "placeholder-not-allowed" },
        { "values in an area notice", 400, "notice-invalid", "placeholder-not-allowed" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadPersonalNoticesAreRefusedAsProblemJsonAndStoreNothing(string why, int status, string type, string? code)
    {
        var (resident, _) = await Seeds.ResidentAsync();
        var residentRef = await RefAsync(Chiyoda, resident);
        var token = await AgencyTokenAsync("chiyoda-personal-bad", Chiyoda);
        var before = await CountAsync();

        var response = await SendAsync(token, BadBody(why, residentRef));

        var problem = await AccountsApi.ExpectAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Problem + type, problem.GetProperty("type").GetString());
        if (code is not null)
        {
            Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == code);
        }
        Assert.DoesNotContain("123456789018", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task APersonalNoticeIsChangedWhileScheduledAndWithdrawnThroughItsPointerAndLeavesTheInbox()
    {
        var (resident, residentToken) = await Seeds.ResidentAsync();
        var residentRef = await RefAsync(Chiyoda, resident);
        var token = await AgencyTokenAsync("chiyoda-personal-change", Chiyoda);
        var body = Personal(residentRef).With("publishAt", Api.Clock.GetUtcNow().AddDays(2)).With("expiresAt", Api.Clock.GetUtcNow().AddDays(10));
        var id = (await AccountsApi.ExpectAsync(await SendAsync(token, body), 201)).GetProperty("id").GetString()!;
        var count = await CountAsync();

        var changed = await AccountsApi.ExpectAsync(
            await Api.SendAsync(HttpMethod.Patch, $"/api/agency/notices/{id}", token, new { title = "山田 花子様 現況届の期限が延びました" }), 200);
        Assert.Equal("山田 花子様 現況届の期限が延びました", changed.GetProperty("title").GetString());
        Assert.Equal("scheduled", changed.GetProperty("state").GetString());
        Assert.DoesNotContain(id, await Seeds.IdsAsync(residentToken));

        Api.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        // Tokens issued two days ago have expired by now.
        residentToken = await Api.TokenAsync(resident, "openid", "portal");
        token = await AgencyTokenAsync("chiyoda-personal-change", Chiyoda);
        Assert.Contains(id, await Seeds.IdsAsync(residentToken));
        var listed = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/agency/notices?state=published", token), 200);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetString() == id);

        var withdrawn = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Delete, $"/api/agency/notices/{id}", token), 200);
        Assert.Equal("withdrawn", withdrawn.GetProperty("state").GetString());
        Assert.DoesNotContain(id, await Seeds.IdsAsync(residentToken));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{id}", residentToken), 404);
        var gone = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/agency/notices?state=withdrawn", token), 200);
        Assert.Contains(gone.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetString() == id);
        Assert.Equal(count, await CountAsync());
    }

    private static Dictionary<string, object?> Personal(string residentRef) => NoticeBodies.Everyone()
        .With("title", "((name))様 児童手当の現況届について")
        .With("body", "((name))様\n\n((due))までに現況届を提出してください。")
        .With("category", "childcare")
        .With("audience", new Dictionary<string, object?>
        {
            ["kind"] = "resident",
            ["residentRef"] = residentRef,
            ["values"] = new Dictionary<string, string> { ["name"] = "山田 花子", ["due"] = "6月30日" },
        });

    private static Dictionary<string, object?> BadBody(string why, string residentRef) => why switch
    {
        "a placeholder without a value" => Personal(residentRef).With("audience", Audience(residentRef, new() { ["name"] = "山田 花子" })),
        "a value without a placeholder" => Personal(residentRef).With("audience",
            Audience(residentRef, new() { ["name"] = "山田 花子", ["due"] = "6月30日", ["amount"] = "5,000円" })),
        "a value holding an individual number" => Personal(residentRef).With("audience",
            Audience(residentRef, new() { ["name"] = (string)IndividualNumberCases.Found.First()[0]!, ["due"] = "6月30日" })),
        "a malformed ref" => Personal(residentRef).With("audience", Audience("rr_not-a-ref", new() { ["name"] = "山田 花子", ["due"] = "6月30日" })),
        "a placeholder in an area notice" => NoticeBodies.Everyone().With("body", "((name))様\n\n検診のお知らせです。"),
        "values in an area notice" => NoticeBodies.Everyone().With("audience",
            new Dictionary<string, object?> { ["kind"] = "everyone", ["values"] = new Dictionary<string, string> { ["name"] = "山田 花子" } }),
        _ => throw new ArgumentOutOfRangeException(nameof(why)),
    };

    private static Dictionary<string, object?> Audience(string residentRef, Dictionary<string, string> values) =>
        new() { ["kind"] = "resident", ["residentRef"] = residentRef, ["values"] = values };

    private Task<string> RefAsync(string body, string accountId) =>
        Api.Host.Services.GetRequiredService<ResidentRefIndex>().GiveOutAsync(body, accountId, CancellationToken.None);

    private Task<string> AgencyTokenAsync(string clientId, string code) =>
        AgencyNoticeApiHost.AgencyTokenAsync(Api.Host.Services, clientId, code == Chiyoda ? "千代田区" : "港区", new AgencyBinding(code, null));

    private Task<HttpResponseMessage> SendAsync(string token, object body, string? key = null) =>
        Api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, body,
            r => r.Headers.TryAddWithoutValidation("Idempotency-Key", key ?? NoticeBodies.NewKey()));

    private Task<int> CountAsync() => AgencyNoticeApiHost.CountNoticeDocumentsAsync(Api.Host.Services);
}
