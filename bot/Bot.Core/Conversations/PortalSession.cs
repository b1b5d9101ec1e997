namespace Bot.Core.Conversations;

/// <summary>
/// The resident's portal login for this channel user (tokens from the portal's OAuth endpoints). A placeholder the
/// login slice fills; the core treats an expired one as "log in again", never as an error.
/// </summary>
public sealed record PortalSession(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);
