namespace Portal.Contracts.PublicFundsAccounts;

/// <summary>
/// 公金受取口座 as a paying agency reads it: what a transfer needs (the holder's kana, not the name), the payment it was
/// read for, and whether the account can be paid into now.
/// </summary>
/// <param name="Valid">The Zengin data in use lists the bank and branch as registered and the bank-data check has not marked it invalid.</param>
public sealed record AgencyPublicFundsAccountView(
    string Purpose, string PurposeName, ZenginNameView Bank, ZenginNameView Branch, string AccountType, string AccountTypeLabel,
    string AccountNumber, string HolderKana, bool Valid)
{
    public override string ToString() => "AgencyPublicFundsAccountView { redacted }";
}
