namespace Portal.Contracts.Accounts;

/// <summary>The six digits from the e-mail.</summary>
public sealed record ConfirmationCodeSubmission(string? Code);
