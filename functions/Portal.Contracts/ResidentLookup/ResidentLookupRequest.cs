namespace Portal.Contracts.ResidentLookup;

/// <summary>
/// 本人確認情報の照会: the basic 4 items as on the card, every one required; <paramref name="DateOfBirth"/> yyyy-MM-dd,
/// <paramref name="Sex"/> ISO 5218 ("1", "2", "9"). Named as in the profile (<c>GET /api/me/profile</c>).
/// </summary>
public sealed record ResidentLookupRequest(string? Name, string? Address, string? DateOfBirth, string? Sex);
