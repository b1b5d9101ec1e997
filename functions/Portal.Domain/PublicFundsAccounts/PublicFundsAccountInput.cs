namespace Portal.Domain.PublicFundsAccounts;

/// <summary>What the resident sends to register or change the account, unchecked.</summary>
public sealed record PublicFundsAccountInput(
    string? BankCode, string? BranchCode, string? AccountType, string? AccountNumber, string? HolderKana)
{
    public override string ToString() => "PublicFundsAccountInput { redacted }";
}
