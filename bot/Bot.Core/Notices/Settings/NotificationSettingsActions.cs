using Bot.Core.Actions;

namespace Bot.Core.Notices.Settings;

/// <summary>
/// 通知設定's actions, "v1:notify:{verb}[:{argument}]". The changing ones name the value to set, never "toggle": a
/// button pressed twice, or pressed again after the setting changed elsewhere, leaves the same setting.
/// </summary>
public static class NotificationSettingsActions
{
    public const string Feature = "notify";

    /// <summary>The setting in words, with what can be changed.</summary>
    public static readonly BotAction Show = new(Feature, "show", null);

    /// <summary>Which category's channels to change (or all of them).</summary>
    public static readonly BotAction Categories = new(Feature, "categories", null);

    public static readonly BotAction QuietHours = new(Feature, "quiet", null);

    public static readonly BotAction Interests = new(Feature, "interests", null);

    /// <summary>The channel choices for one category, or for every one (<see cref="PreferenceChannelSets.AllCategories"/>).</summary>
    public static BotAction Category(string category) => new(Feature, "category", category);

    /// <summary>Sets a category's (or every category's) channels: "v1:notify:channels:{category}:{set}".</summary>
    public static BotAction SetChannels(string category, string set) => new(Feature, "channels", $"{category}:{set}");

    /// <summary>Sets the quiet hours to one of <see cref="QuietHoursOptions.All"/> ("2100-0800") or "off".</summary>
    public static BotAction SetQuietHours(string option) => new(Feature, "quiet-set", option);

    public static BotAction AddInterest(string category) => new(Feature, "interest-on", category);

    public static BotAction RemoveInterest(string category) => new(Feature, "interest-off", category);
}
