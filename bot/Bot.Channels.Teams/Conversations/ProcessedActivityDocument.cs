namespace Bot.Channels.Teams.Conversations;

/// <summary>A marker that an activity was taken (container <c>channelEvents</c>, id "msteams:{activityId}", TTL a day).</summary>
public sealed record ProcessedActivityDocument(string Id, DateTimeOffset ReceivedAt)
{
    public string Type { get; init; } = "channelEvent";
}
