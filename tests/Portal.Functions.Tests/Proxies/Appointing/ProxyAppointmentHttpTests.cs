using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Proxies.Appointing;

/// <summary>
/// 代理人の設定 over HTTP, both ways round, the other person accepting with their own software card through the real
/// signer CLI; a card that is not the named person's never accepts.
/// </summary>
public sealed class ProxyAppointmentHttpTests(ProxyAppointmentFixture fixture) : IClassFixture<ProxyAppointmentFixture>
{
    private static readonly DateOnly HanakoBorn = new(1990, 4, 1);
    private static readonly DateOnly IchiroBorn = new(1962, 11, 3);

    private AccountsApi Api => fixture.Api;

    private ProxyResidents Residents => new(Api, fixture.Pki);

    [Fact]
    public async Task A_proxy_named_by_the_principal_accepts_with_their_own_card_and_both_lists_histories_and_the_principals_notice_show_it()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var proxy = await Residents.NewAsync("山田 一郎", IchiroBorn);
        var today = Residents.Today;
        // Typed with a full-width space, as a card writes it: spaces do not matter.
        var body = DelegationRequests.Voluntary("山田　一郎", IchiroBorn, today, today.AddYears(1).AddDays(-1));

        var response = await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token, body);
        var started = await AccountsApi.ExpectAsync(response, 201);
        var id = started.GetProperty("delegation").GetProperty("id").GetString()!;
        Assert.Equal($"/api/me/proxies/{id}", response.Headers.Location?.ToString());
        Assert.Equal("pending", started.GetProperty("delegation").GetProperty("state").GetString());

        var run = await Residents.AnswerAsync(started, proxy.Card);

        // Before the PIN, the proxy saw whose proxy they become, what and until when.
        Assert.Contains($"山田 花子 さんの代理人になります（申請・わたしの情報「{TaxCategoryName}」、{Japanese(today)}から{Japanese(today.AddYears(1).AddDays(-1))}まで）", run.Output);
        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", principal.Token), 200);
        Assert.Equal("active", mine.GetProperty("state").GetString());
        Assert.Equal("山田 一郎", mine.GetProperty("otherName").GetString());
        var theirs = Single(await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/principals", proxy.Token), 200));
        Assert.Equal(id, theirs.GetProperty("id").GetString());
        Assert.Equal("山田 花子", theirs.GetProperty("otherName").GetString());
        Assert.Equal("active", theirs.GetProperty("state").GetString());
        Assert.Equal(["applications", "information"], theirs.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(id, Single(await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/proxies", principal.Token), 200))
            .GetProperty("id").GetString());
        Assert.Contains("proxy.appoint.start", await OperationsAsync(principal.Token));
        Assert.Contains("proxy.accept", await OperationsAsync(principal.Token));
        Assert.Contains("proxy.accept", await OperationsAsync(proxy.Token));
        var notices = await (await Api.SendAsync(HttpMethod.Get, "/api/me/notices", principal.Token)).Content.ReadAsStringAsync();
        Assert.Contains("代理人が登録されました", notices);
    }

    [Fact]
    public async Task A_principal_named_by_the_proxy_accepts_with_their_own_card()
    {
        var proxy = await Residents.NewAsync("佐藤 次郎", new DateOnly(1975, 1, 20));
        var principal = await Residents.NewAsync("佐藤 正子", new DateOnly(1948, 8, 15));
        var today = Residents.Today;
        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/principals/requests", proxy.Token,
            DelegationRequests.Voluntary("佐藤正子", principal.DateOfBirth, today.AddDays(1), today.AddMonths(6))), 201);
        var id = started.GetProperty("delegation").GetProperty("id").GetString()!;

        var run = await Residents.AnswerAsync(started, principal.Card);

        Assert.Contains("佐藤 次郎 さんをあなたの代理人にします", run.Output);
        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/principals/{id}", proxy.Token), 200);
        Assert.Equal("active", mine.GetProperty("state").GetString());
        Assert.Equal("佐藤 正子", mine.GetProperty("otherName").GetString());
        var theirs = Single(await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/proxies", principal.Token), 200));
        Assert.Equal(id, theirs.GetProperty("id").GetString());
        Assert.Equal("佐藤 次郎", theirs.GetProperty("otherName").GetString());
        Assert.Contains("proxy.accept", await OperationsAsync(principal.Token));
    }

    [Fact]
    public async Task A_third_persons_card_answering_declines_the_delegation_without_saying_whose_card_it_was()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var stranger = await Residents.NewAsync("鈴木 三郎", new DateOnly(1980, 2, 2));
        var today = Residents.Today;
        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
            DelegationRequests.Voluntary("山田 一郎", IchiroBorn, today, today.AddMonths(1))), 201);
        var id = started.GetProperty("delegation").GetProperty("id").GetString()!;

        await Residents.AnswerAsync(started, stranger.Card);

        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", principal.Token), 200);
        Assert.Equal("declined", mine.GetProperty("state").GetString());
        Assert.Contains("本人確認ができませんでした", mine.GetProperty("endReason").GetString());
        Assert.DoesNotContain("鈴木", mine.ToString());
        Assert.Empty((await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/principals", stranger.Token), 200))
            .GetProperty("items").EnumerateArray());
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/principals/{id}", stranger.Token), 404);
        Assert.Contains("proxy.decline", await OperationsAsync(principal.Token));
    }

    [Fact]
    public async Task The_starters_own_card_never_accepts_even_when_it_names_themselves_differently()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var today = Residents.Today;
        // The name of someone else, but the principal's own card answers: the account is the starter's.
        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
            DelegationRequests.Voluntary("山田 花", HanakoBorn, today, today.AddMonths(1))), 201);
        var id = started.GetProperty("delegation").GetProperty("id").GetString()!;

        await Residents.AnswerAsync(started, principal.Card);

        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", principal.Token), 200);
        Assert.Equal("declined", mine.GetProperty("state").GetString());
    }

    public static TheoryData<string, Action<JsonObject>, string, string> Refused => new()
    {
        { "no name", b => b.Remove("name"), "name-required", "氏名" },
        { "a date of birth not a date", b => b["dateOfBirth"] = "1962/11/03", "date-of-birth-invalid", "生年月日" },
        { "an unknown kind", b => b["kind"] = "friend", "kind-unknown", "任意代理人" },
        { "legal without a basis", b => b["kind"] = "legal", "legal-basis-required", "親権者" },
        { "voluntary with a basis", b => b["legalBasis"] = "adult-guardian", "legal-basis-not-allowed", "任意代理人" },
        { "no services", b => b["services"] = new JsonArray(), "services-required", "サービス" },
        { "a service never delegable", b => b["services"] = new JsonArray("applications", "proxies"), "service-unknown", "申請" },
        { "categories without information", b => b["services"] = new JsonArray("applications"), "categories-without-information", "わたしの情報" },
        { "an unknown category", b => b["informationCategories"] = new JsonArray("secrets"), "category-unknown", "わたしの情報" },
        { "no period", b => b.Remove("validUntil"), "period-invalid", "期間" },
        { "a period from the past", b => b["validFrom"] = "2020-01-01", "period-starts-in-past", "今日以降" },
        { "a period ending before it starts", b => b["validUntil"] = b["validFrom"]!.GetValue<string>().Replace("20", "19", StringComparison.Ordinal), "period-reversed", "開始日以降" },
        { "a voluntary period over 5 years", b => b["validUntil"] = ProxyResidents.Day(DateOnly.Parse(b["validFrom"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddYears(5)), "period-too-long", "5年以内" },
        { "oneself", b => { b["name"] = "山田花子"; b["dateOfBirth"] = "1990-04-01"; }, "yourself", "ご自身" },
        { "a parent for an adult", b => { b["kind"] = "legal"; b["legalBasis"] = "parental-authority"; }, "principal-is-adult", "18歳以上" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Terms_that_cannot_be_are_a_Japanese_problem_and_nothing_is_stored(string _, Action<JsonObject> change, string reason, string detail)
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var today = Residents.Today;
        var body = DelegationRequests.Voluntary("山田 一郎", IchiroBorn, today, today.AddYears(1));
        change(body);

        var response = await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token, body);

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal("delegation-terms-invalid", await AccountsApi.ProblemTypeAsync(response));
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
        Assert.Empty((await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/proxies", principal.Token), 200))
            .GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_parents_period_ends_at_the_childs_18th_birthday_at_the_latest()
    {
        var today = Residents.Today;
        var childBorn = today.AddYears(-10).AddDays(-3);
        var parent = await Residents.NewAsync("田中 父", new DateOnly(1985, 3, 3));
        var body = DelegationRequests.Voluntary("田中 子", childBorn, today, childBorn.AddYears(18));
        body["kind"] = "legal";
        body["legalBasis"] = "parental-authority";

        var beyond = await Api.SendAsync(HttpMethod.Post, "/api/me/principals/requests", parent.Token, body);
        body["validUntil"] = ProxyResidents.Day(childBorn.AddYears(18).AddDays(-1));
        var capped = await Api.SendAsync(HttpMethod.Post, "/api/me/principals/requests", parent.Token, body);

        Assert.Equal(422, (int)beyond.StatusCode);
        Assert.Contains("18歳になる誕生日", await beyond.Content.ReadAsStringAsync());
        var started = await AccountsApi.ExpectAsync(capped, 201);
        Assert.Equal(ProxyResidents.Day(childBorn.AddYears(18).AddDays(-1)), started.GetProperty("delegation").GetProperty("validUntil").GetString());
        Assert.Equal("parental-authority", started.GetProperty("delegation").GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Without_the_card_read_into_the_profile_nothing_can_be_started()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn, withProfile: false);
        var today = Residents.Today;

        var response = await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
            DelegationRequests.Voluntary("山田 一郎", IchiroBorn, today, today.AddMonths(1)));

        Assert.Equal(409, (int)response.StatusCode);
        Assert.Equal("delegation-profile-required", await AccountsApi.ProblemTypeAsync(response));
        Assert.Contains("利用者情報", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_principal_cancels_alone_at_once_and_cancelling_again_is_a_conflict()
    {
        var (principal, proxy, id) = await ActiveAsync();

        var cancelled = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Delete, $"/api/me/proxies/{id}", principal.Token), 200);

        Assert.Equal("revoked", cancelled.GetProperty("state").GetString());
        Assert.Equal("revoked", (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/principals/{id}", proxy.Token), 200))
            .GetProperty("state").GetString());
        var again = await Api.SendAsync(HttpMethod.Delete, $"/api/me/proxies/{id}", principal.Token);
        Assert.Equal(409, (int)again.StatusCode);
        Assert.Equal("delegation-already-ended", await AccountsApi.ProblemTypeAsync(again));
        Assert.Contains("proxy.revoke", await OperationsAsync(proxy.Token));
        Assert.Contains("代理人の設定を取り消しました", await (await Api.SendAsync(HttpMethod.Get, "/api/me/notices", principal.Token)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_proxy_resigns_and_the_principal_is_told()
    {
        var (principal, proxy, id) = await ActiveAsync();

        var resigned = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Delete, $"/api/me/principals/{id}", proxy.Token), 200);

        Assert.Equal("resigned", resigned.GetProperty("state").GetString());
        Assert.Equal("resigned", (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", principal.Token), 200))
            .GetProperty("state").GetString());
        Assert.Contains("proxy.resign", await OperationsAsync(principal.Token));
        Assert.Contains("代理人が辞任しました", await (await Api.SendAsync(HttpMethod.Get, "/api/me/notices", principal.Token)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_resident_can_neither_read_nor_end_it_and_the_proxy_cannot_cancel_as_principal()
    {
        var (_, proxy, id) = await ActiveAsync();
        var someone = await Residents.NewAsync("高橋 四郎", new DateOnly(1970, 7, 7));

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", someone.Token), 404);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/principals/{id}", someone.Token), 404);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, $"/api/me/proxies/{id}", someone.Token), 404);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, $"/api/me/principals/{id}", someone.Token), 404);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, $"/api/me/proxies/{id}", proxy.Token), 404);
        Assert.Equal("active", (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/principals/{id}", proxy.Token), 200))
            .GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_proxy_sees_only_their_own_delegation_never_the_principals_other_proxies()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var first = await Residents.NewAsync("山田 一郎", IchiroBorn);
        var second = await Residents.NewAsync("中村 五郎", new DateOnly(1985, 5, 5));
        var today = Residents.Today;
        foreach (var proxy in new[] { first, second })
        {
            var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
                DelegationRequests.Voluntary(proxy.Name, proxy.DateOfBirth, today, today.AddMonths(2))), 201);
            await Residents.AnswerAsync(started, proxy.Card);
        }
        Assert.Equal(2, (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/proxies", principal.Token), 200))
            .GetProperty("items").GetArrayLength());

        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/principals", first.Token);

        var seen = Single(await AccountsApi.ExpectAsync(response, 200));
        Assert.Equal("山田 花子", seen.GetProperty("otherName").GetString());
        Assert.DoesNotContain("中村", await response.Content.ReadAsStringAsync());
    }

    private const string TaxCategoryName = "税・所得";

    private async Task<(ProxyResidents.Resident Principal, ProxyResidents.Resident Proxy, string Id)> ActiveAsync()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var proxy = await Residents.NewAsync("山田 一郎", IchiroBorn);
        var today = Residents.Today;
        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
            DelegationRequests.Voluntary("山田 一郎", IchiroBorn, today, today.AddMonths(3))), 201);
        await Residents.AnswerAsync(started, proxy.Card);
        var id = started.GetProperty("delegation").GetProperty("id").GetString()!;
        Assert.Equal("active", (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", principal.Token), 200))
            .GetProperty("state").GetString());
        return (principal, proxy, id);
    }

    private async Task<string> OperationsAsync(string token) =>
        await (await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token)).Content.ReadAsStringAsync();

    private static JsonElement Single(JsonElement list) => Assert.Single(list.GetProperty("items").EnumerateArray());

    private static string Japanese(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";
}
