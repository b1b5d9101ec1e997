namespace Bot.Core.PublicFundsAccounts;

/// <summary>
/// What the page posted: <see cref="Action"/> is <c>search-bank</c>, <c>search-branch</c> or <c>register</c>; the rest as
/// typed or chosen. Never stored, never logged (the record's text hides it).
/// </summary>
public sealed record PublicFundsAccountPageInput(
    string? Action, string? BankQuery, string? BankCode, string? BranchQuery, string? BranchCode,
    string? AccountType, string? AccountNumber, string? HolderKana)
{
    public override string ToString() => "PublicFundsAccountPageInput { redacted }";
}
