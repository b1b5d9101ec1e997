namespace Portal.Contracts.Accounts;

/// <summary><c>GET /api/me/registration</c>: the confirmation screen (guide 2-B ❺).</summary>
public sealed record PendingRegistration(
    string Email, bool NotificationsEnabled, string TermsVersion, DateTimeOffset ExpiresAt, int RemainingAttempts);
