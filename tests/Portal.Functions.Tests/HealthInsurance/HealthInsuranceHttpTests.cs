using System.Net;
using Portal.Domain.HealthInsurance;
using Portal.Domain.Proxies;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Clinics;
using Portal.Functions.Tests.Proxies.Acting;

namespace Portal.Functions.Tests.HealthInsurance;

/// <summary>
/// マイナ保険証 for the resident: 利用登録 (idempotent, in 操作履歴, confirmed by a notice), 解除, and the qualification
/// the insurer provided, shown with the 記号・番号 masked; a 資格確認書 is needed when there is a qualification but no
/// registration. Never a proxy's, never another resident's.
/// </summary>
public sealed class HealthInsuranceHttpTests(ActingFixture fixture) : IClassFixture<ActingFixture>
{
    private const string Path = "/api/me/health-insurance";

    private AccountsApi Api => fixture.Api;

    private ClinicScenario Scenario => new(Api, fixture.Pki);

    [Fact]
    public async Task Registering_twice_answers_the_same_registration_with_201_then_200_and_one_notice()
    {
        var (_, token, _) = await Api.RegisteredAsync();

        var first = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, Path + "/registration", token), 201);
        var again = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, Path + "/registration", token), 200);

        Assert.Equal(first.GetProperty("registeredAt").GetString(), again.GetProperty("registeredAt").GetString());
        var shown = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, token), 200);
        Assert.Equal(first.GetProperty("registeredAt").GetString(), shown.GetProperty("registration").GetProperty("registeredAt").GetString());
        var notices = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/notices", token), 200);
        Assert.Single(notices.GetProperty("items").EnumerateArray(),
            n => n.GetProperty("title").GetString() == "マイナンバーカードの健康保険証利用登録が完了しました");
        var history = await (await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token)).Content.ReadAsStringAsync();
        Assert.Contains(HealthInsuranceOperations.Register, history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_qualification_is_shown_with_the_symbol_and_insured_number_masked()
    {
        var patient = await Scenario.PatientAsync();
        await Scenario.InsuredAsync(patient.AccountId);
        await Scenario.RegisteredAsync(patient.Token);

        var response = await Api.SendAsync(HttpMethod.Get, Path, patient.Token);

        var shown = await AccountsApi.ExpectAsync(response, 200);
        var qualification = shown.GetProperty("qualification");
        Assert.Equal("全国健康保険協会 東京支部", qualification.GetProperty("insurerName").GetString());
        Assert.Equal("01130012", qualification.GetProperty("insurerNumber").GetString());
        Assert.Equal("＊＊＊＊＊＊78", qualification.GetProperty("insuredNumber").GetString());
        Assert.Equal("＊＊01", qualification.GetProperty("symbol").GetString());
        Assert.Equal("本人", qualification.GetProperty("relationship").GetString());
        Assert.Equal(ProxiesDay(Scenario.Today.AddYears(-1)), qualification.GetProperty("qualifiedOn").GetString());
        Assert.False(shown.GetProperty("certificateOfEligibilityNeeded").GetBoolean());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(ClinicScenario.InsuredNumber, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_qualification_without_registration_needs_a_certificate_of_eligibility_and_none_needs_nothing()
    {
        var insured = await Scenario.PatientAsync("資格 太郎");
        await Scenario.InsuredAsync(insured.AccountId);
        var (_, uninsured, _) = await Api.RegisteredAsync();

        var withQualification = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, insured.Token), 200);
        var without = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, uninsured), 200);

        Assert.True(withQualification.GetProperty("certificateOfEligibilityNeeded").GetBoolean());
        Assert.False(withQualification.TryGetProperty("registration", out _));
        Assert.False(without.TryGetProperty("qualification", out _));
        Assert.False(without.GetProperty("certificateOfEligibilityNeeded").GetBoolean());
    }

    [Fact]
    public async Task Withdrawing_removes_the_registration_and_is_confirmed_by_a_notice()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, Path + "/registration", token), 201);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, Path + "/registration", token), 204);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, Path + "/registration", token), 204);

        var shown = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, token), 200);
        Assert.False(shown.TryGetProperty("registration", out _));
        var notices = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/notices", token), 200);
        Assert.Single(notices.GetProperty("items").EnumerateArray(),
            n => n.GetProperty("title").GetString() == "マイナンバーカードの健康保険証利用登録を解除しました");
    }

    [Fact]
    public async Task A_proxy_with_every_service_delegated_can_neither_read_register_nor_withdraw()
    {
        var (principal, principalToken, _) = await Api.RegisteredAsync();
        var proxy = await fixture.ResidentAsync();
        var delegation = await fixture.DelegationAsync(principal, proxy, DelegatedServices.All);
        var acting = await fixture.ActAsync(proxy, delegation.Id);

        var responses = new[]
        {
            await Api.SendAsync(HttpMethod.Get, Path, acting),
            await Api.SendAsync(HttpMethod.Post, Path + "/registration", acting),
            await Api.SendAsync(HttpMethod.Delete, Path + "/registration", acting),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("not-delegated", await AccountsApi.ProblemTypeAsync(response));
        }
        var shown = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, principalToken), 200);
        Assert.False(shown.TryGetProperty("registration", out _));
    }

    [Fact]
    public async Task Another_residents_registration_is_not_seen_and_their_withdrawal_leaves_it()
    {
        var (_, owner, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, Path + "/registration", owner), 201);
        var (_, other, _) = await Api.RegisteredAsync();

        var seen = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, other), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, Path + "/registration", other), 204);

        Assert.False(seen.TryGetProperty("registration", out _));
        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, owner), 200);
        Assert.True(mine.TryGetProperty("registration", out _));
    }

    private static string ProxiesDay(DateOnly day) => Proxies.Appointing.ProxyResidents.Day(day);
}
