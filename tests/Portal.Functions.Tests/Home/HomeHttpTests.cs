using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Status;
using Portal.Domain.Notices;
using Portal.Functions.Tests.Accounts;
using Portal.Testing.Procedures;

namespace Portal.Functions.Tests.Home;

/// <summary>ホーム over HTTP: each やること appears while its condition holds and leaves once it is resolved.</summary>
public sealed class HomeHttpTests(HomeFixture fixture) : IClassFixture<HomeFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task A_new_resident_has_an_empty_home_with_every_part_available()
    {
        var (_, token, _) = await Api.RegisteredAsync();

        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/home", token);
        var home = await AccountsApi.ExpectAsync(response, 200);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Empty(home.GetProperty("todo").EnumerateArray());
        Assert.Empty(home.GetProperty("unavailable").EnumerateArray());
        Assert.Empty(home.GetProperty("notices").GetProperty("latest").EnumerateArray());
        Assert.Equal(0, home.GetProperty("notices").GetProperty("unread").GetInt32());
        Assert.Empty(home.GetProperty("applications").EnumerateArray());
        Assert.Empty(home.GetProperty("actingFor").EnumerateArray());
    }

    [Fact]
    public async Task A_draft_is_a_todo_with_its_expiry_until_it_is_deleted()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var created = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda }), 201);
        var id = created.GetProperty("id").GetString()!;

        var item = Assert.Single(HomeFixture.Todo(await fixture.HomeAsync(token), "draft"));
        Assert.Equal(id, item.GetProperty("targetId").GetString());
        Assert.Equal("児童手当の認定請求", item.GetProperty("title").GetString());
        Assert.Equal(created.GetProperty("expiresAt").GetDateTimeOffset(), item.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal($"/api/me/drafts/{id}", item.GetProperty("link").GetString());

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, $"/api/me/drafts/{id}", token), 204);
        Assert.Empty(HomeFixture.Todo(await fixture.HomeAsync(token), "draft"));
    }

    [Fact]
    public async Task A_correction_request_is_a_todo_until_answered_and_the_application_stays_in_progress_until_completed()
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        var application = await fixture.SubmitAsync(accountId, status: ApplicationStatus.CorrectionRequested);

        var home = await fixture.HomeAsync(token);
        var item = Assert.Single(HomeFixture.Todo(home, "correction-requested"));
        Assert.Equal(application.Id, item.GetProperty("targetId").GetString());
        Assert.Equal($"/api/me/applications/{application.Id}", item.GetProperty("link").GetString());
        var listed = Assert.Single(home.GetProperty("applications").EnumerateArray());
        Assert.Equal("correction-requested", listed.GetProperty("status").GetProperty("code").GetString());

        // The resident's answer puts it back under review: no longer theirs to do, still in progress.
        var answered = await ReplaceAsync(application, a => a.WithCorrection(a.Current, fixture.Now));
        home = await fixture.HomeAsync(token);
        Assert.Empty(HomeFixture.Todo(home, "correction-requested"));
        Assert.Equal("under-review", Assert.Single(home.GetProperty("applications").EnumerateArray())
            .GetProperty("status").GetProperty("code").GetString());

        await ReplaceAsync(answered, a => a.WithStatus(ApplicationStatus.Completed, StatusActor.Agency, fixture.Now));
        Assert.Empty((await fixture.HomeAsync(token)).GetProperty("applications").EnumerateArray());
    }

    [Fact]
    public async Task An_important_unread_notice_is_a_todo_until_it_is_opened_and_the_latest_notices_show_it()
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        var important = await fixture.PersonalNoticeAsync(accountId, NoticeImportance.Important);
        await fixture.PersonalNoticeAsync(accountId, NoticeImportance.Normal, "通常のお知らせ");

        var home = await fixture.HomeAsync(token);
        var item = Assert.Single(HomeFixture.Todo(home, "important-notice"));
        Assert.Equal(important, item.GetProperty("targetId").GetString());
        Assert.Equal("重要なお知らせ", item.GetProperty("title").GetString());
        Assert.Equal(2, home.GetProperty("notices").GetProperty("unread").GetInt32());
        Assert.Equal(2, home.GetProperty("notices").GetProperty("latest").GetArrayLength());

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, item.GetProperty("link").GetString()!, token), 200);
        home = await fixture.HomeAsync(token);
        Assert.Empty(HomeFixture.Todo(home, "important-notice"));
        Assert.Equal(1, home.GetProperty("notices").GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task A_public_funds_account_whose_bank_left_the_zengin_data_is_a_todo_until_it_is_changed()
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        await fixture.PublicFundsAccountAsync(accountId);
        Assert.Empty(HomeFixture.Todo(await fixture.HomeAsync(token), "public-funds-account-invalid"));

        // A merged bank: its code is no longer in the data.
        await fixture.PublicFundsAccountAsync(accountId, bankCode: "9998", branchCode: "001");
        var item = Assert.Single(HomeFixture.Todo(await fixture.HomeAsync(token), "public-funds-account-invalid"));
        Assert.Equal("/api/me/public-funds-account", item.GetProperty("link").GetString());

        await fixture.PublicFundsAccountAsync(accountId);
        Assert.Empty(HomeFixture.Todo(await fixture.HomeAsync(token), "public-funds-account-invalid"));
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(89, true)]
    [InlineData(-1, true)]
    [InlineData(92, false)]
    [InlineData(365 * 4, false)]
    public async Task The_card_certificate_is_a_todo_leading_to_renewal_within_three_months_of_its_expiry(int daysLeft, bool listed)
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        var notAfter = fixture.Now.AddDays(daysLeft);
        await fixture.CertificateExpiresAsync(accountId, notAfter);

        var items = HomeFixture.Todo(await fixture.HomeAsync(token), "certificate-expiring");

        Assert.Equal(listed, items.Count == 1);
        if (listed)
        {
            Assert.Equal("electronic-certificate-renewal", items[0].GetProperty("procedureId").GetString());
            Assert.Equal("/api/procedures/electronic-certificate-renewal", items[0].GetProperty("link").GetString());
            Assert.Equal(notAfter, items[0].GetProperty("dueAt").GetDateTimeOffset());
        }
    }

    [Fact]
    public async Task A_renewed_certificate_far_from_expiry_removes_the_todo()
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        await fixture.CertificateExpiresAsync(accountId, fixture.Now.AddDays(20));
        Assert.Single(HomeFixture.Todo(await fixture.HomeAsync(token), "certificate-expiring"));

        await fixture.CertificateExpiresAsync(accountId, fixture.Now.AddYears(5));
        Assert.Empty(HomeFixture.Todo(await fixture.HomeAsync(token), "certificate-expiring"));
    }

    [Fact]
    public async Task A_proxy_sees_the_people_they_may_act_for_now_and_not_an_ended_delegation()
    {
        var principal = (await Api.RegisteredAsync()).AccountId;
        var (proxy, token, _) = await Api.RegisteredAsync();
        var active = await fixture.DelegationAsync(principal, proxy);
        await fixture.DelegationAsync(principal, proxy, Portal.Domain.Proxies.DelegationStates.Revoked);

        var acting = Assert.Single((await fixture.HomeAsync(token)).GetProperty("actingFor").EnumerateArray());

        Assert.Equal(active, acting.GetProperty("delegationId").GetString());
        Assert.Equal("委任 花子", acting.GetProperty("principalName").GetString());
        Assert.Equal(["applications"], acting.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Another_residents_drafts_notices_applications_and_delegations_never_appear()
    {
        var (other, otherToken, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", otherToken,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda }), 201);
        await fixture.PersonalNoticeAsync(other, NoticeImportance.Important);
        await fixture.SubmitAsync(other, status: ApplicationStatus.CorrectionRequested);
        await fixture.PublicFundsAccountAsync(other, bankCode: "9998", branchCode: "001");
        await fixture.DelegationAsync((await Api.RegisteredAsync()).AccountId, other);
        var (_, token, _) = await Api.RegisteredAsync();

        var home = await fixture.HomeAsync(token);

        Assert.Empty(home.GetProperty("todo").EnumerateArray());
        Assert.Empty(home.GetProperty("notices").GetProperty("latest").EnumerateArray());
        Assert.Empty(home.GetProperty("applications").EnumerateArray());
        Assert.Empty(home.GetProperty("actingFor").EnumerateArray());
    }

    [Fact]
    public async Task Without_a_token_home_is_401_and_with_an_agency_token_403()
    {
        var none = await Api.SendAsync(HttpMethod.Get, "/api/me/home", null);
        AccountsApi.Expect(none, 401);

        var agency = await Api.SendAsync(HttpMethod.Get, "/api/me/home", await fixture.AgencyTokenAsync(HomeFixture.Chiyoda));
        Assert.True((int)agency.StatusCode is 401 or 403, $"agency token: {(int)agency.StatusCode}");
        Assert.DoesNotContain("todo", await agency.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Application> ReplaceAsync(Application application, Func<Application, Application> change)
    {
        var repository = fixture.Services.GetRequiredService<ApplicationRepository>();
        var stored = (await repository.ReadAsync(application.LocalGovernmentCode, application.Id, CancellationToken.None))!;
        return (await repository.ReplaceAsync(change(stored.Document), stored.ETag, CancellationToken.None)).Document;
    }
}
