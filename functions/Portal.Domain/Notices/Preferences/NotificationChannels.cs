namespace Portal.Domain.Notices.Preferences;

/// <summary>
/// Where a notice reaches a resident besides the inbox (which always shows it): e-mail and the chats they linked.
/// A category's channels are a list, so one may have both; an empty list is the portal only.
/// </summary>
public static class NotificationChannels
{
    public const string Email = "email";

    /// <summary>Pushed in the chatbot, on every chat the resident linked (LINE, Teams, web chat).</summary>
    public const string Chat = "chat";

    public static IReadOnlyList<string> All { get; } = [Email, Chat];
}
