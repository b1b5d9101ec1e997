using System.Text.Json;
using Portal.Domain.Identity;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Information;

namespace Portal.Functions.Tests.PublicFundsAccounts;

/// <summary>
/// 公金受取口座の利用 over HTTP: a paying agency reads a resident's account by its own ref for a payment its kind of
/// body makes, and the resident sees every read in やりとり履歴 — answered, refused, or answered "none registered".
/// Bad input, another body's ref and the wrong token learn nothing and record nothing.
/// </summary>
public sealed class AgencyPublicFundsAccountHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private PaymentsApi Payments => new(fixture.Api);

    [Fact]
    public async Task A_ward_paying_child_allowance_reads_what_a_transfer_needs_and_the_resident_sees_that_it_asked()
    {
        var (resident, token) = await Payments.ResidentAsync(PaymentsApi.Account("0001", "001"));
        var chiyoda = await Payments.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var residentRef = await Payments.Seeds.RefAsync(InformationSeeds.Chiyoda, resident);

        var response = await Payments.ReadAsync(chiyoda, residentRef, "child-allowance");
        var account = await AccountsApi.ExpectAsync(response, 200);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(("0001", "みずほ", "ミズホ"), (account.GetProperty("bank").GetProperty("code").GetString(),
            account.GetProperty("bank").GetProperty("name").GetString(), account.GetProperty("bank").GetProperty("kana").GetString()));
        Assert.Equal(("001", "東京営業部"), (account.GetProperty("branch").GetProperty("code").GetString(),
            account.GetProperty("branch").GetProperty("name").GetString()));
        Assert.Equal(("ordinary", "1234567", "ヤマダ　ハナコ", true), (account.GetProperty("accountType").GetString(),
            account.GetProperty("accountNumber").GetString(), account.GetProperty("holderKana").GetString(), account.GetProperty("valid").GetBoolean()));
        Assert.Equal("児童手当の支給", account.GetProperty("purposeName").GetString());
        // The name read from the card is not the payer's business: a transfer carries the kana only.
        Assert.DoesNotContain(ProfileReading.Card.Name, account.GetRawText(), StringComparison.Ordinal);
        var seen = Assert.Single(await Payments.ExchangesAsync(token));
        Assert.Equal(("payment-account-read", "131016", "public-funds-account", "child-allowance", "provided"),
            (seen.GetProperty("kind").GetString(), seen.GetProperty("requester").GetProperty("body").GetString(),
             seen.GetProperty("category").GetString(), seen.GetProperty("purpose").GetString(), seen.GetProperty("outcome").GetString()));
        Assert.Equal(("公金受取口座", "児童手当の支給"), (seen.GetProperty("categoryName").GetString(), seen.GetProperty("purposeName").GetString()));
    }

    [Fact]
    public async Task The_pension_service_reads_it_for_a_pension()
    {
        var (resident, _) = await Payments.ResidentAsync(PaymentsApi.Account("0001", "001"));
        var pensions = await Payments.AgencyAsync(InformationSeeds.PensionService, "日本年金機構");

        var account = await AccountsApi.ExpectAsync(
            await Payments.ReadAsync(pensions, await Payments.Seeds.RefAsync(InformationSeeds.PensionService, resident), "pension"), 200);

        Assert.Equal("年金の支給", account.GetProperty("purposeName").GetString());
    }

    [Theory]
    [InlineData("curiosity")] // not in the table
    [InlineData("pension")] // in the table, but paid by the national pension service, not a ward
    [InlineData("tax-refund")]
    public async Task A_purpose_not_in_the_table_for_this_kind_of_body_is_refused_with_403_and_recorded_as_refused(string purpose)
    {
        var (resident, token) = await Payments.ResidentAsync(PaymentsApi.Account("0001", "001"));
        var chiyoda = await Payments.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");

        var response = await Payments.ReadAsync(chiyoda, await Payments.Seeds.RefAsync(InformationSeeds.Chiyoda, resident), purpose);

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Equal("payment-purpose-not-allowed", await AccountsApi.ProblemTypeAsync(response));
        Assert.DoesNotContain("1234567", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var seen = Assert.Single(await Payments.ExchangesAsync(token));
        Assert.Equal(("refused", purpose), (seen.GetProperty("outcome").GetString(), seen.GetProperty("purpose").GetString()));
    }

    [Fact]
    public async Task Without_a_purpose_the_read_is_a_400_and_nothing_is_recorded()
    {
        var (resident, token) = await Payments.ResidentAsync(PaymentsApi.Account("0001", "001"));
        var chiyoda = await Payments.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");

        var response = await Payments.ReadAsync(chiyoda, await Payments.Seeds.RefAsync(InformationSeeds.Chiyoda, resident), null);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("invalid-input", await AccountsApi.ProblemTypeAsync(response));
        Assert.Empty(await Payments.ExchangesAsync(token));
    }

    [Fact]
    public async Task A_resident_without_an_account_is_a_404_of_its_own_and_the_resident_still_sees_the_agency_asked()
    {
        var (resident, token) = await Payments.ResidentAsync(account: null);
        var chiyoda = await Payments.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");

        var response = await Payments.ReadAsync(chiyoda, await Payments.Seeds.RefAsync(InformationSeeds.Chiyoda, resident), "benefit");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("payment-account-not-registered", await AccountsApi.ProblemTypeAsync(response));
        var seen = Assert.Single(await Payments.ExchangesAsync(token));
        Assert.Equal(("payment-account-read", "benefit"), (seen.GetProperty("kind").GetString(), seen.GetProperty("purpose").GetString()));
    }

    [Theory]
    [InlineData("minato")] // another ward's ref of the same resident
    [InlineData("rr_AAAAAAAAAAAAAAAAAAAAAA")] // well formed, never given out
    [InlineData("not-a-ref")]
    public async Task Another_bodys_ref_or_an_unknown_one_is_a_404_that_tells_nothing_and_records_nothing(string which)
    {
        var (resident, token) = await Payments.ResidentAsync(PaymentsApi.Account("0001", "001"));
        var chiyoda = await Payments.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var residentRef = which == "minato" ? await Payments.Seeds.RefAsync(InformationSeeds.Minato, resident) : which;

        var response = await Payments.ReadAsync(chiyoda, residentRef, "child-allowance");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("information-resident-unknown", await AccountsApi.ProblemTypeAsync(response));
        Assert.DoesNotContain("1234567", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await Payments.ExchangesAsync(token));
    }

    [Fact]
    public async Task An_agency_token_without_agency_payments_is_a_403_and_a_residents_token_is_refused()
    {
        var (resident, token) = await Payments.ResidentAsync(PaymentsApi.Account("0001", "001"));
        var residentRef = await Payments.Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var information = await Payments.AgencyAsync(InformationSeeds.Chiyoda, "千代田区", PortalScopes.AgencyInformation);

        var withoutScope = await Payments.ReadAsync(information, residentRef, "child-allowance");
        var asResident = await Payments.ReadAsync(token, residentRef, "child-allowance");

        Assert.Equal(403, (int)withoutScope.StatusCode);
        Assert.Equal("insufficient-scope", await AccountsApi.ProblemTypeAsync(withoutScope));
        Assert.Contains((int)asResident.StatusCode, new[] { 401, 403 });
        foreach (var response in new[] { withoutScope, asResident })
        {
            Assert.DoesNotContain("1234567", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Empty(await Payments.ExchangesAsync(token));
    }
}
