namespace Portal.Domain.PublicFundsAccounts.Lookup;

/// <summary>The Zengin data lists no bank with this code (or the value is not a 4-digit code at all).</summary>
public sealed class UnknownBankException(string bankCode) : Exception($"No bank {bankCode} in the Zengin data.")
{
    public string BankCode { get; } = bankCode;
}
