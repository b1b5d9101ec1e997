namespace Portal.Contracts.PublicFundsAccounts;

/// <summary>A bank or branch: its code, and its name and kana as the Zengin data in use writes them (null when the data
/// no longer lists the code: a merger or renumbering made the account invalid).</summary>
public sealed record ZenginNameView(string Code, string? Name, string? Kana);
