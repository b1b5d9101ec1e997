namespace Bot.Core.PublicFundsAccounts;

/// <summary>The live link of the account page: its token (the conversation's key, then 256 random bits) and expiry.</summary>
public sealed record PublicFundsAccountPageToken(string Token, DateTimeOffset ExpiresAt);
