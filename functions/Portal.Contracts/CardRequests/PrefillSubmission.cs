namespace Portal.Contracts.CardRequests;

/// <summary><c>POST</c>ed back for <c>prefill</c>: the card's basic 4 items (基本4情報), read with the resident's consent.</summary>
/// <param name="DateOfBirth">ISO date, yyyy-MM-dd.</param>
/// <param name="Sex">ISO 5218 code as on the card: "1" male, "2" female, "9" not applicable.</param>
public sealed record PrefillSubmission(string Name, string Address, string DateOfBirth, string Sex);
