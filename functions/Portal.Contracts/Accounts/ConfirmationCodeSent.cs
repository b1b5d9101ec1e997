namespace Portal.Contracts.Accounts;

/// <summary>202 after a code was queued for e-mail: until when it can be entered, and how many tries it allows.</summary>
public sealed record ConfirmationCodeSent(DateTimeOffset ExpiresAt, int MaxAttempts);
