using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.Zengin;
using Portal.Domain.Residents;

namespace Portal.Domain.Tests.PublicFundsAccounts;

/// <summary>An account's fields checked against the shipped Zengin data: every bad field named at once, the rest taken as listed.</summary>
public sealed class PublicFundsAccountValidatorTests
{
    private readonly PublicFundsAccountValidator _validator = new(ZenginDirectory.Embedded);

    [Fact]
    public void A_good_account_is_taken_with_the_bank_and_branch_as_listed_and_the_kana_normalised()
    {
        var fields = _validator.Validate(new PublicFundsAccountInput(" 0001 ", "001", "普通", "0012345", "ﾔﾏﾀﾞ ﾊﾅｺ"));

        Assert.Equal(new ZenginBank("0001", "みずほ", "ミズホ"), fields.Bank);
        Assert.Equal("東京営業部", fields.Branch.Name);
        Assert.Equal(AccountTypes.Ordinary, fields.AccountType);
        Assert.Equal("0012345", fields.AccountNumber);
        Assert.Equal("ヤマダ　ハナコ", fields.HolderKana);
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            _validator.Validate(new PublicFundsAccountInput("9998", "001", "定期", "12345678", "山田")));

        Assert.Equal(
            [("bankCode", "unknown-bank"), ("accountType", "account-type"), ("accountNumber", "digits"), ("holderKana", "zengin-kana")],
            refused.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void Missing_fields_are_each_required()
    {
        var refused = Assert.Throws<InvalidInputException>(() => _validator.Validate(new PublicFundsAccountInput(null, "", null, " ", null)));

        Assert.Equal(["bankCode", "branchCode", "accountType", "accountNumber", "holderKana"], refused.Errors.Select(e => e.Field));
        Assert.All(refused.Errors, e => Assert.Equal("required", e.Code));
    }

    [Fact]
    public void The_refusal_message_names_no_account_number_or_name()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            _validator.Validate(new PublicFundsAccountInput("0001", "999", "ordinary", "1234567", "山田 花子")));

        Assert.DoesNotContain("1234567", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("山田", refused.Message, StringComparison.Ordinal);
    }
}
