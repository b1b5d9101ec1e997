namespace Portal.Contracts.PublicFundsAccounts;

/// <summary>
/// 公金受取口座 as its owner reads it: the full number (it is theirs; notices and logs mask it), the holder's kana and
/// the name read from their card.
/// </summary>
/// <param name="AccountTypeLabel">普通 or 当座.</param>
/// <param name="Valid">Whether the bank and branch are both listed in the Zengin data in use.</param>
public sealed record PublicFundsAccountView(
    ZenginNameView Bank, ZenginNameView Branch, string AccountType, string AccountTypeLabel, string AccountNumber,
    string HolderKana, string HolderName, bool Valid, DateTimeOffset RegisteredAt, DateTimeOffset UpdatedAt)
{
    public override string ToString() => "PublicFundsAccountView { redacted }";
}
