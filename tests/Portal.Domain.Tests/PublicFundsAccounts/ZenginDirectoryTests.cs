using System.Text;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.Tests.PublicFundsAccounts;

/// <summary>
/// The Zengin bank and branch codes: the shipped data set whole, looked up by code, and another data set loaded from
/// streams in its place (as a newer list after a merger would be).
/// </summary>
public sealed class ZenginDirectoryTests
{
    [Fact]
    public void The_shipped_data_lists_every_bank_and_branch_of_its_source()
    {
        var directory = ZenginDirectory.Embedded;

        Assert.Equal(1146, directory.BankCount);
        Assert.Equal(28944, directory.BranchCount);
    }

    [Theory]
    [InlineData("0001", "みずほ", "ミズホ")]
    [InlineData("0005", "三菱ＵＦＪ", "ミツビシユ－エフジエイ")]
    [InlineData("0009", "三井住友", "ミツイスミトモ")]
    public void A_bank_is_found_by_its_four_digit_code_with_its_name_and_kana(string code, string name, string kana)
    {
        var bank = ZenginDirectory.Embedded.FindBank(code);

        Assert.Equal(new ZenginBank(code, name, kana), bank);
    }

    [Fact]
    public void A_branch_is_found_under_its_bank_only()
    {
        var directory = ZenginDirectory.Embedded;

        Assert.Equal(new ZenginBranch("0001", "001", "東京営業部", "トウキヨウ"), directory.FindBranch("0001", "001"));
        Assert.Null(directory.FindBranch("0001", "002"));
        Assert.Null(directory.FindBranch("9998", "001"));
    }

    [Theory]
    [InlineData("9998")]
    [InlineData("1")]
    [InlineData("00001")]
    [InlineData("")]
    public void An_unknown_or_malformed_bank_code_finds_nothing(string code) =>
        Assert.Null(ZenginDirectory.Embedded.FindBank(code));

    [Fact]
    public void Another_data_set_loaded_from_streams_replaces_the_shipped_one()
    {
        var directory = Load("bank_code,name,kana\n0001,みずほ,ミズホ\n0999,合併後,ガツペイゴ\n",
            "bank_code,branch_code,name,kana\n0001,100,新本店,シンホンテン\n0999,001,本店,ホンテン\n");

        Assert.Equal(2, directory.BankCount);
        Assert.Equal("合併後", directory.FindBank("0999")?.Name);
        Assert.Null(directory.FindBranch("0001", "001"));
        Assert.Equal("新本店", directory.FindBranch("0001", "100")?.Name);
    }

    [Theory]
    [InlineData("bank_code,name,kana\n001,みずほ,ミズホ\n", "bank_code,branch_code,name,kana\n")]
    [InlineData("bank_code,name,kana\n0001,みずほ,ミズホ\n0001,みずほ,ミズホ\n", "bank_code,branch_code,name,kana\n")]
    [InlineData("bank_code,name,kana\n0001,みずほ,ミズホ\n", "bank_code,branch_code,name,kana\n0002,001,本店,ホンテン\n")]
    [InlineData("bank_code,name,kana\n0001,みずほ,ミズホ\n", "bank_code,branch_code,name,kana\n0001,01,本店,ホンテン\n")]
    public void Data_with_a_malformed_or_repeated_code_or_a_branch_of_no_listed_bank_is_refused(string banks, string branches) =>
        Assert.Throws<InvalidDataException>(() => Load(banks, branches));

    private static ZenginDirectory Load(string banks, string branches)
    {
        using var bankStream = new MemoryStream(Encoding.UTF8.GetBytes(banks));
        using var branchStream = new MemoryStream(Encoding.UTF8.GetBytes(branches));
        return ZenginDirectory.Load(bankStream, branchStream);
    }
}
