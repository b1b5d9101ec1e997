namespace Portal.Domain.PublicFundsAccounts.Zengin;

/// <summary>A branch (店舗) of a bank: the bank's code, the 3-digit 店舗コード, name and kana.</summary>
public sealed record ZenginBranch(string BankCode, string Code, string Name, string Kana);
