using System.Text;
using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.BankDataChanges;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.Tests.PublicFundsAccounts;

/// <summary>What the bank-data check says changed for one account between the data it was checked with and the new data.</summary>
public sealed class BankDataChangeOfTests
{
    private static readonly ZenginDirectory Known = Directory(("0001", "001", "東京営業部", "トウキヨウ"), ("0001", "004", "丸の内中央", "マルノウチチユウオウ"));

    public static TheoryData<string, string, string?> Cases => new()
    {
        // bank, branch → the reason, or none
        { "0001", "001", null },
        { "0002", "001", BankDataChangeReasons.BankGone },
        { "0001", "004", BankDataChangeReasons.BranchGone },
        { "0001", "002", BankDataChangeReasons.BranchRenamed },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_check_names_a_bank_gone_a_branch_gone_or_a_branch_renamed(string bank, string branch, string? reason)
    {
        var known = Directory(("0001", "001", "東京営業部", "トウキヨウ"), ("0001", "002", "旧支店", "キユウシテン"), ("0001", "004", "丸の内中央", "マルノウチチユウオウ"),
            ("0002", "001", "本店", "ホンテン"));
        var current = Directory(("0001", "001", "東京営業部", "トウキヨウ"), ("0001", "002", "新支店", "シンシテン"));

        Assert.Equal(reason, BankDataChange.Of(Account(bank, branch), known, current)?.Reason);
    }

    [Fact]
    public void The_same_data_changes_nothing() => Assert.Null(BankDataChange.Of(Account("0001", "004"), Known, Known));

    private static PublicFundsAccount Account(string bank, string branch) => new()
    {
        ResidentId = "r", BankCode = bank, BranchCode = branch, AccountType = AccountTypes.Ordinary, AccountNumber = "1234567",
        HolderKana = "ヤマダ", HolderName = "山田", RegisteredAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private static ZenginDirectory Directory(params (string Bank, string Branch, string Name, string Kana)[] branches)
    {
        var banks = "bank_code,name,kana\n" + string.Concat(branches.Select(b => b.Bank).Distinct().Select(b => $"{b},銀行{b},ギンコウ\n"));
        var rows = "bank_code,branch_code,name,kana\n" + string.Concat(branches.Select(b => $"{b.Bank},{b.Branch},{b.Name},{b.Kana}\n"));
        return ZenginDirectory.Load(new MemoryStream(Encoding.UTF8.GetBytes(banks)), new MemoryStream(Encoding.UTF8.GetBytes(rows)));
    }
}
