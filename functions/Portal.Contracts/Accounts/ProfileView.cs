namespace Portal.Contracts.Accounts;

/// <summary><c>GET /api/me/profile</c>: 利用者情報 read from the card (基本4情報; never the individual number).</summary>
/// <param name="DateOfBirth">yyyy-MM-dd (西暦).</param>
/// <param name="Sex">ISO 5218 code as on the card: "1" male, "2" female, "9" not applicable.</param>
/// <param name="Source">"card": the card's 券面事項入力補助AP, read by the signer.</param>
/// <param name="ReadAt">When the signer posted what it read.</param>
/// <param name="ConsentedAt">When the resident asked the portal to read the card (the signer asked again before the PIN).</param>
public sealed record ProfileView(
    string Name, string Address, string DateOfBirth, string Sex, string Source, DateTimeOffset ReadAt, DateTimeOffset ConsentedAt);
