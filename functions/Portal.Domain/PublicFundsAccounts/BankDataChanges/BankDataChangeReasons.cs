namespace Portal.Domain.PublicFundsAccounts.BankDataChanges;

/// <summary>Why the Zengin data no longer matches a registered account. Stable codes: stored on the document.</summary>
public static class BankDataChangeReasons
{
    /// <summary>The bank code is no longer listed (a merger gave the bank another code).</summary>
    public const string BankGone = "bank-gone";

    /// <summary>The bank is, but the branch code is no longer listed under it (closed, merged or renumbered).</summary>
    public const string BranchGone = "branch-gone";

    /// <summary>The branch code is listed under another name or kana (a renamed branch: the kana a transfer carries changed).</summary>
    public const string BranchRenamed = "branch-renamed";
}
