namespace Bot.Core.Actions;

/// <summary>
/// An action value the core put on a choice or button, parsed: "v1:{feature}:{verb}[:{argument}]". Versioned so a
/// button from an older bot is recognised as stale rather than misread.
/// </summary>
public sealed record BotAction(string Feature, string Verb, string? Argument)
{
    public const string Version = "v1";

    public override string ToString() =>
        Argument is null ? $"{Version}:{Feature}:{Verb}" : $"{Version}:{Feature}:{Verb}:{Argument}";

    /// <summary>Null for anything not of the current version and shape.</summary>
    public static BotAction? TryParse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        var parts = value.Split(':', 4);
        if (parts.Length < 3 || parts[0] != Version || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return null;
        }
        return new BotAction(parts[1], parts[2], parts.Length == 4 && parts[3].Length > 0 ? parts[3] : null);
    }
}
