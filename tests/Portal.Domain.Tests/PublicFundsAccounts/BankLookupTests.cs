using Portal.Domain.PublicFundsAccounts.Lookup;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.Tests.PublicFundsAccounts;

/// <summary>
/// Finding a bank and branch the way a resident types them — name, kana in any width, hiragana, with 銀行 / 支店, or a
/// code — in the shipped Zengin data, best match first and never more than 20.
/// </summary>
public sealed class BankLookupTests
{
    private readonly BankLookup _lookup = new(ZenginDirectory.Embedded);

    [Theory]
    [InlineData("みずほ", "0001")]
    [InlineData("みずほ銀行", "0001")]
    [InlineData("ﾐｽﾞﾎ", "0001")]
    [InlineData("ミズホ", "0001")]
    [InlineData("0005", "0005")]
    [InlineData("０００５", "0005")]
    [InlineData("三菱UFJ", "0005")]
    [InlineData("みつびしゆーえふじぇい", "0005")]
    [InlineData("じょうよう", "0130")]
    [InlineData("ゆうちょ銀行", "9900")]
    public void A_bank_typed_by_name_kana_or_code_is_the_first_match(string typed, string code)
    {
        Assert.Equal(code, _lookup.FindBanks(typed)[0].Code);
    }

    [Theory]
    [InlineData("0001", "とうきょう", "001")]
    [InlineData("0001", "丸の内中央支店", "004")]
    [InlineData("0001", "004", "004")]
    public void A_branch_typed_by_name_kana_or_code_is_the_first_match(string bank, string typed, string code)
    {
        Assert.Equal(code, _lookup.FindBranches(bank, typed).Branches[0].Code);
    }

    [Fact]
    public void An_exact_name_comes_before_names_that_start_with_it_and_no_answer_is_longer_than_twenty()
    {
        var hokkaido = _lookup.FindBanks("北海道");
        var shinkin = _lookup.FindBanks("とうきょうしんようきんこ");

        Assert.Equal(["0116", "1001"], hokkaido.Take(2).Select(b => b.Code));
        Assert.Equal("1349", _lookup.FindBanks("東京信用金庫")[0].Code);
        Assert.Equal("1349", shinkin[0].Code);
        Assert.Equal(BankLookup.MaxResults, _lookup.FindBanks("信金").Count);
    }

    [Fact]
    public void Nothing_typed_finds_no_bank_and_a_text_too_long_to_be_a_name_is_refused()
    {
        Assert.Empty(_lookup.FindBanks("  "));
        Assert.Empty(_lookup.FindBanks(null));
        Assert.Throws<BankQueryException>(() => _lookup.FindBanks(new string('あ', BankQuery.MaxLength + 1)));
    }

    [Fact]
    public void The_branches_of_an_unknown_bank_are_refused()
    {
        Assert.Throws<UnknownBankException>(() => _lookup.FindBranches("0002", "本店"));
    }
}
