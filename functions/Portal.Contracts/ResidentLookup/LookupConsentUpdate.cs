namespace Portal.Contracts.ResidentLookup;

/// <summary><c>PUT /api/me/profile/lookup-consent</c>: allow (true) or withdraw (false).</summary>
public sealed record LookupConsentUpdate(bool? Allowed);
