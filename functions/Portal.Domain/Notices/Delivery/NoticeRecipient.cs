namespace Portal.Domain.Notices.Delivery;

/// <summary>A registered account an area notice may reach, with what a segment is decided by.</summary>
/// <param name="DateOfBirth">From the card profile; null without one (a segment by age never reaches it).</param>
public sealed record NoticeRecipient(string AccountId, DateOnly? DateOfBirth);
