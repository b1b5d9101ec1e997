namespace Portal.Contracts.Accounts;

/// <summary><c>GET /api/me/terms</c>: the text the resident accepted, and whether a newer version is in effect.</summary>
public sealed record AccountTermsView(
    string AcceptedVersion, DateTimeOffset AcceptedAt, string Title, string Body, string CurrentVersion, bool NewerVersionAvailable);
