namespace Bot.Core.Notices.Settings;

/// <summary>
/// The four ways a category can reach the resident besides the inbox, as a button names them, and the portal's channel
/// values ("email", "chat") each stands for. Both on, one of them, or neither (the portal only).
/// </summary>
public static class PreferenceChannelSets
{
    public const string Email = "email";

    /// <summary>Pushed on every chat the resident linked (LINE, Teams, the web chat).</summary>
    public const string Chat = "chat";

    /// <summary>The category argument that changes every category at once.</summary>
    public const string AllCategories = "all";

    /// <summary>Set name → the portal's channels, in the order the buttons offer them.</summary>
    public static IReadOnlyList<(string Set, IReadOnlyList<string> Channels)> All { get; } =
    [
        ("both", [Email, Chat]),
        ("chat", [Chat]),
        ("email", [Email]),
        ("none", []),
    ];

    public static IReadOnlyList<string>? ChannelsOf(string set) => All.FirstOrDefault(s => s.Set == set).Channels;
}
