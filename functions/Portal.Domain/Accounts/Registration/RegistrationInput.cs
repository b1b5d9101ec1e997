namespace Portal.Domain.Accounts.Registration;

/// <summary>What the resident entered on the registration screen (❷–❸); nulls are what was left out.</summary>
public sealed record RegistrationInput(string? Email, bool? NotificationsEnabled, string? TermsVersion);
