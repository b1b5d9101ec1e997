namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// The 操作履歴 operation codes of 公金受取口座. Stable: stored in the history and translated for display at the edge.
/// A record names the bank and branch codes at most, never the account number or the holder's name.
/// </summary>
public static class PublicFundsAccountOperations
{
    public const string Register = "publicfundsaccount.register";
    public const string Change = "publicfundsaccount.change";
    public const string Delete = "publicfundsaccount.delete";
}
