namespace Portal.Contracts.ResidentLookup;

/// <summary>
/// 本人確認情報の照会 consent: whether agencies may find the resident by the profile's basic 4 items, since when, and
/// whether there is a profile to match (allowed without one matches nobody until the card is read).
/// </summary>
public sealed record LookupConsentView(bool Allowed, DateTimeOffset? AllowedAt, bool HasProfile);
