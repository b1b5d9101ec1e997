using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts.BankDataChanges;

/// <summary>What changed for one account: the reason code, and the bank and branch as the data in use had them and as the new data has them.</summary>
public sealed record BankDataChange(string Reason, ZenginBank? KnownBank, ZenginBranch? KnownBranch, ZenginBranch? CurrentBranch)
{
    /// <summary>The change, if any, between the data the account was checked against and the new data.</summary>
    public static BankDataChange? Of(PublicFundsAccount account, ZenginDirectory known, ZenginDirectory current)
    {
        ArgumentNullException.ThrowIfNull(account);
        var knownBank = known.FindBank(account.BankCode);
        var knownBranch = known.FindBranch(account.BankCode, account.BranchCode);
        if (current.FindBank(account.BankCode) is null)
        {
            return new BankDataChange(BankDataChangeReasons.BankGone, knownBank, knownBranch, null);
        }
        if (current.FindBranch(account.BankCode, account.BranchCode) is not { } branch)
        {
            return new BankDataChange(BankDataChangeReasons.BranchGone, knownBank, knownBranch, null);
        }
        return knownBranch is not null && (knownBranch.Name != branch.Name || knownBranch.Kana != branch.Kana)
            ? new BankDataChange(BankDataChangeReasons.BranchRenamed, knownBank, knownBranch, branch)
            : null;
    }
}
