using System.Text.Json.Nodes;

namespace Bot.Channels.Teams.Activities;

/// <summary>
/// A suggested action. <c>messageBack</c> sends <see cref="Value"/> back as the activity's value and shows
/// <see cref="DisplayText"/> in the chat; <c>imBack</c> would post the title as text.
/// </summary>
public sealed record CardAction(string Type, string Title, JsonNode? Value = null, string? Text = null, string? DisplayText = null)
{
    public const string MessageBack = "messageBack";

    public const string ImBack = "imBack";
}
