using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts.Payments;

/// <summary>
/// What a paying agency is answered: enough to make the transfer (全銀 振込), no more. The bank and branch as the Zengin
/// data in use lists them (null when it no longer does), and whether the account can be paid into now. The holder's
/// kanji name is left out: a transfer carries only the kana (受取人名), and the payer knows whom it pays from its own
/// records, so handing out the name read from the card would only spread it.
/// </summary>
public sealed record PaymentAccount(
    PaymentPurpose Purpose, string BankCode, ZenginBank? Bank, string BranchCode, ZenginBranch? Branch, string AccountType,
    string AccountNumber, string HolderKana, bool Valid)
{
    public override string ToString() => $"PaymentAccount {{ Purpose = {Purpose.Purpose}, Bank = {BankCode}, Branch = {BranchCode}, redacted }}";
}
