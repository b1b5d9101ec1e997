namespace Portal.Domain.Residents.Lookup;

/// <summary>Whether the resident allows 本人確認情報の照会, since when, and whether a profile is there for it to match.</summary>
public sealed record LookupConsent(bool Allowed, DateTimeOffset? AllowedAt, bool HasProfile);
