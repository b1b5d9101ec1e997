namespace Bot.Core.Messages;

/// <summary>A card's button: either an action back to the bot, or a link to open (exactly one of the two).</summary>
public sealed record CardButton(string Label, string? Action, Uri? Link)
{
    public static CardButton ForAction(string label, string action) => new(label, action, null);

    public static CardButton ForLink(string label, Uri link) => new(label, null, link);
}
