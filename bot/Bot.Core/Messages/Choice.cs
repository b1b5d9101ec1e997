namespace Bot.Core.Messages;

/// <summary>One tappable answer: the label shown, and the action that comes back as <see cref="IncomingMessage.Action"/>.</summary>
/// <param name="Action">At most 300 characters (LINE's postback data limit).</param>
public sealed record Choice(string Label, string Action)
{
    public const int MaxActionLength = 300;
}
