namespace Portal.Contracts.Accounts;

/// <summary><c>POST /api/me/registration</c> (guide 2-B ❷–❸).</summary>
/// <param name="TermsVersion">The version of the terms the resident read and agreed to: must be the current one.</param>
public sealed record RegistrationRequest(string? Email, bool? NotificationsEnabled, string? TermsVersion);
