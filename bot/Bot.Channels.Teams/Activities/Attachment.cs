using System.Text.Json.Nodes;

namespace Bot.Channels.Teams.Activities;

/// <summary>An attachment; this channel sends Adaptive Cards (<see cref="AdaptiveCardContentType"/>) only.</summary>
public sealed record Attachment(string ContentType, JsonNode? Content, string? ContentUrl = null, string? Name = null)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
