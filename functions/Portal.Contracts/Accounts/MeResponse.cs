namespace Portal.Contracts.Accounts;

/// <summary><c>GET /api/me</c>: the signed-in resident's account, with nothing personal beyond their own e-mail address.</summary>
/// <param name="Id">The portal's account id (the tokens' <c>sub</c>).</param>
/// <param name="State">"pending" (signed in with a card the portal did not know; registration not finished) or "registered".</param>
/// <param name="Email">The confirmed address (registered accounts).</param>
/// <param name="NotificationsEnabled">メール通知 (registered accounts).</param>
/// <param name="AcceptedTerms">The terms version accepted, and when (registered accounts).</param>
/// <param name="CertificateCount">How many card certificates the account signs in with.</param>
public sealed record MeResponse(
    string Id,
    string State,
    DateTimeOffset CreatedAt,
    string? Email = null,
    bool? NotificationsEnabled = null,
    AcceptedTermsView? AcceptedTerms = null,
    int CertificateCount = 0,
    DateTimeOffset? RegisteredAt = null);
