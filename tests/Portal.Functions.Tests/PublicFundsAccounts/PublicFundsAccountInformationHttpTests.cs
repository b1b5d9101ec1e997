using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Information;

namespace Portal.Functions.Tests.PublicFundsAccounts;

/// <summary>
/// わたしの情報 15 公金受取口座: the portal holds it, so it shows the registered account (masked) with マイナポータル as
/// the holder while one is registered, and nothing after it is deleted. No agency may record the category.
/// </summary>
public sealed class PublicFundsAccountInformationHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private PaymentsApi Payments => new(fixture.Api);

    [Fact]
    public async Task The_registered_account_shows_in_my_information_masked_and_is_gone_after_deleting_it()
    {
        var (_, token) = await Payments.ResidentAsync(PaymentsApi.Account("0001", "001"));

        var shown = await Payments.Seeds.MineAsync(token, "category=public-funds-account");
        var (category, provider, record) = Assert.Single(InformationSeeds.Records(shown));
        AccountsApi.Expect(await fixture.Api.SendAsync(HttpMethod.Delete, PaymentsApi.MePath, token), 204);
        var afterDeleting = await Payments.Seeds.MineAsync(token, "");

        Assert.Equal(("public-funds-account", "マイナポータル"), (category, provider));
        Assert.Equal("****567", InformationSeeds.Item(record, "accountNumber").GetString());
        Assert.Equal(("みずほ", "東京営業部", "普通", "ヤマダ　ハナコ", "有効"),
            (InformationSeeds.Item(record, "bankName").GetString(), InformationSeeds.Item(record, "branchName").GetString(),
             InformationSeeds.Item(record, "accountType").GetString(), InformationSeeds.Item(record, "holderKana").GetString(),
             InformationSeeds.Item(record, "status").GetString()));
        Assert.DoesNotContain("1234567", shown.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(InformationSeeds.Records(afterDeleting), r => r.Category == "public-funds-account");
    }

    [Fact]
    public async Task Without_an_account_the_category_is_absent()
    {
        var (_, token) = await Payments.ResidentAsync(account: null);

        Assert.Empty(InformationSeeds.Records(await Payments.Seeds.MineAsync(token, "category=public-funds-account")));
    }

    [Fact]
    public async Task No_agency_may_record_category_15_through_agency_information()
    {
        var (resident, token) = await Payments.ResidentAsync(PaymentsApi.Account("0001", "001"));
        var pensions = await Payments.Seeds.AgencyAsync(InformationSeeds.PensionService, "日本年金機構");

        var response = await Payments.Seeds.PutAsync(pensions, await Payments.Seeds.RefAsync(InformationSeeds.PensionService, resident),
            "public-funds-account", "account-1", new { validFrom = "2025-06-01", data = new { summary = "9999999" } });

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Equal("information-category-not-allowed", await AccountsApi.ProblemTypeAsync(response));
        Assert.Equal(0, await Payments.Seeds.CountAsync(resident));
        Assert.DoesNotContain("9999999", (await Payments.Seeds.MineAsync(token, "")).GetRawText(), StringComparison.Ordinal);
    }
}
