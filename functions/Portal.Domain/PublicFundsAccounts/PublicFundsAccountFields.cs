using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>An account's fields once checked: the bank and branch as the Zengin data lists them, the kana normalised.</summary>
public sealed record PublicFundsAccountFields(ZenginBank Bank, ZenginBranch Branch, string AccountType, string AccountNumber, string HolderKana)
{
    public override string ToString() => $"PublicFundsAccountFields {{ Bank = {Bank.Code}, Branch = {Branch.Code}, redacted }}";
}
