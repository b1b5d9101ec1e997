namespace Portal.Contracts.Accounts;

/// <summary><c>GET /api/me</c>: the signed-in resident's account, with no personal data.</summary>
/// <param name="Id">The portal's account id (the tokens' <c>sub</c>).</param>
/// <param name="State">"pending" (signed in with a card the portal did not know; registration not finished) or "registered".</param>
public sealed record MeResponse(string Id, string State, DateTimeOffset CreatedAt);
