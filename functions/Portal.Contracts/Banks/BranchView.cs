namespace Portal.Contracts.Banks;

/// <summary>A branch of a bank: its 3-digit code, name and kana as the Zengin data writes them.</summary>
public sealed record BranchView(string Code, string Name, string Kana);
