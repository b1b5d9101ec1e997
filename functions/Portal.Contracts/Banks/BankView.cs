namespace Portal.Contracts.Banks;

/// <summary>A bank of the Zengin data: its 4-digit code, name and kana as the data writes them (みずほ, ミズホ).</summary>
public sealed record BankView(string Code, string Name, string Kana);
