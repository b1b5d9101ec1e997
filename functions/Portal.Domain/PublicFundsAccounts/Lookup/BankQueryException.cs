namespace Portal.Domain.PublicFundsAccounts.Lookup;

/// <summary>The search text is longer than <see cref="BankQuery.MaxLength"/>: no bank or branch name is that long.</summary>
public sealed class BankQueryException() : Exception($"The bank search text is over {BankQuery.MaxLength} characters.");
