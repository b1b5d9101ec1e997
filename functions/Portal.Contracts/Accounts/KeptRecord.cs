namespace Portal.Contracts.Accounts;

/// <summary>Something kept after an account is deleted, and the reason, in Japanese for the resident.</summary>
public sealed record KeptRecord(string What, string Why);
