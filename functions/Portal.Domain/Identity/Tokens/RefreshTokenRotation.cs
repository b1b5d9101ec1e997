namespace Portal.Domain.Identity.Tokens;

/// <summary>A successful refresh: the family as now stored and the new refresh token (the old one is spent).</summary>
public sealed record RefreshTokenRotation(RefreshTokenFamily Family, string RefreshToken);
