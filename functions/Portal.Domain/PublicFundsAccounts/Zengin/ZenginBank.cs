namespace Portal.Domain.PublicFundsAccounts.Zengin;

/// <summary>A financial institution of the Zengin network: its 4-digit 統一金融機関コード, name and kana as the data writes them.</summary>
public sealed record ZenginBank(string Code, string Name, string Kana);
