namespace Bot.Core.PublicFundsAccounts;

/// <summary>One refused field of the page (its name as the portal's API names it; empty for the whole form) and the Japanese message.</summary>
public sealed record PublicFundsAccountPageError(string Field, string Message);
