namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// A family as now stored with its one usable refresh token: after the login that started it, or after a refresh (the
/// old token is then spent).
/// </summary>
public sealed record RefreshTokenRotation(RefreshTokenFamily Family, string RefreshToken);
