namespace Bot.Core.Messages;

/// <summary>One card: a title, an optional line under it, labelled fields, and up to 3 buttons.</summary>
public sealed record Card(string Title, string? Subtitle, IReadOnlyList<CardField> Fields, IReadOnlyList<CardButton> Buttons)
{
    public const int MaxButtons = 3;
}
