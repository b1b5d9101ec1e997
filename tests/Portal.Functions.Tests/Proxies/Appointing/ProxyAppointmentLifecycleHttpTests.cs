using Portal.Functions.Tests.Accounts;
using Portal.Testing;

namespace Portal.Functions.Tests.Proxies.Appointing;

/// <summary>What happens to a delegation around its acceptance: nobody answers, too many wait, the principal is mailed, an account goes.</summary>
public sealed class ProxyAppointmentLifecycleHttpTests(ProxyAppointmentFixture fixture) : IClassFixture<ProxyAppointmentFixture>
{
    private static readonly DateOnly HanakoBorn = new(1990, 4, 1);
    private static readonly DateOnly IchiroBorn = new(1962, 11, 3);

    private AccountsApi Api => fixture.Api;

    private ProxyResidents Residents => new(Api, fixture.Pki);

    [Fact]
    public async Task A_delegation_nobody_accepts_before_its_card_request_expires_is_declined()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var today = Residents.Today;
        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
            DelegationRequests.Voluntary("山田 一郎", IchiroBorn, today, today.AddMonths(1))), 201);
        var id = started.GetProperty("delegation").GetProperty("id").GetString()!;

        Api.Clock.Advance(TimeSpan.FromMinutes(6));
        var token = await Api.TokenAsync(principal.AccountId, "openid", "portal");
        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", token), 200);

        Assert.Equal("declined", mine.GetProperty("state").GetString());
        Assert.Contains("期限までに", mine.GetProperty("endReason").GetString());
    }

    [Fact]
    public async Task At_most_five_delegations_wait_for_a_card_and_the_sixth_is_refused()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var today = Residents.Today;
        for (var i = 0; i < 5; i++)
        {
            AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
                DelegationRequests.Voluntary($"代理 {i}", IchiroBorn, today, today.AddMonths(1))), 201);
        }

        var sixth = await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
            DelegationRequests.Voluntary("代理 六", IchiroBorn, today, today.AddMonths(1)));

        Assert.Equal(409, (int)sixth.StatusCode);
        Assert.Equal("delegation-pending-limit", await AccountsApi.ProblemTypeAsync(sixth));
        Assert.Equal(5, (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/proxies", principal.Token), 200))
            .GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_principal_is_mailed_when_a_proxy_is_registered_with_the_proxy_and_what_they_may_do()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var proxy = await Residents.NewAsync("山田 一郎", IchiroBorn);
        var today = Residents.Today;
        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
            DelegationRequests.Voluntary("山田 一郎", IchiroBorn, today, today.AddMonths(1))), 201);
        await Residents.AnswerAsync(started, proxy.Card);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/proxies", principal.Token), 200);
        var mail = await MailSink.WaitForAsync(Api.Stack, principal.Email, TimeSpan.FromSeconds(60),
            m => m.GetProperty("subject").GetString()!.Contains("代理人が登録されました", StringComparison.Ordinal));

        var text = mail.GetProperty("text").GetString()!;
        Assert.Contains("山田 一郎 さん", text);
        Assert.Contains("申請・わたしの情報「税・所得」", text);
        Assert.Contains("心当たりがない場合は、すぐに代理人の設定を取り消してください", text);
    }

    [Fact]
    public async Task The_principals_pages_racing_to_finalize_an_accepted_delegation_record_and_tell_it_once_and_log_no_names()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var proxy = await Residents.NewAsync("山田 一郎", IchiroBorn);
        var today = Residents.Today;
        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
            DelegationRequests.Voluntary("山田 一郎", IchiroBorn, today, today.AddMonths(1))), 201);
        var id = started.GetProperty("delegation").GetProperty("id").GetString()!;
        await Residents.AnswerAsync(started, proxy.Card);

        var reads = Enumerable.Range(0, 6).Select(i => i % 2 == 0
            ? Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", principal.Token)
            : Api.SendAsync(HttpMethod.Get, "/api/me/proxies", principal.Token));
        var answers = await Task.WhenAll(reads);

        Assert.All(answers, a => Assert.Equal(200, (int)a.StatusCode));
        Assert.All(await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync())), body => Assert.Contains("\"active\"", body));
        Assert.Contains("\"active\"", await (await Api.SendAsync(HttpMethod.Get, "/api/me/principals", proxy.Token)).Content.ReadAsStringAsync());
        Assert.Equal(1, Count(await OperationsAsync(principal.Token), "proxy.accept"));
        Assert.Equal(1, Count(await OperationsAsync(proxy.Token), "proxy.accept"));
        Assert.Equal(1, Count(await (await Api.SendAsync(HttpMethod.Get, "/api/me/notices", principal.Token)).Content.ReadAsStringAsync(), "代理人が登録されました"));
        var logs = ProfileReading.LogText(Api);
        Assert.Contains(id, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("一郎", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("1962-11-03", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_proxys_account_is_deleted_the_delegation_ends_and_stays_as_evidence()
    {
        var principal = await Residents.NewAsync("山田 花子", HanakoBorn);
        var proxy = await Residents.NewAsync("山田 一郎", IchiroBorn);
        var today = Residents.Today;
        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/proxies", principal.Token,
            DelegationRequests.Voluntary("山田 一郎", IchiroBorn, today, today.AddMonths(1))), 201);
        await Residents.AnswerAsync(started, proxy.Card);
        var id = started.GetProperty("delegation").GetProperty("id").GetString()!;
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", principal.Token), 200);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", proxy.Token), 200);

        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/proxies/{id}", principal.Token), 200);
        Assert.Equal("resigned", mine.GetProperty("state").GetString());
        Assert.Equal("山田 一郎", mine.GetProperty("otherName").GetString());
    }

    private async Task<string> OperationsAsync(string token) =>
        await (await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token)).Content.ReadAsStringAsync();

    private static int Count(string text, string what) => text.Split(what).Length - 1;
}
