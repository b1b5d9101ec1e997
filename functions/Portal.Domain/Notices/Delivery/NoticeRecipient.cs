namespace Portal.Domain.Notices.Delivery;

/// <summary>A registered account an area notice may reach, with what a segment and the channels are decided by.</summary>
/// <param name="DateOfBirth">From the card profile; null without one (a segment by age never reaches it).</param>
/// <param name="Email">The confirmed address; null without one (no e-mail whatever the preferences say).</param>
/// <param name="NotificationsEnabled">The registration's メール通知: the default for e-mail until preferences are saved.</param>
public sealed record NoticeRecipient(string AccountId, DateOnly? DateOfBirth, string? Email = null, bool NotificationsEnabled = false);
