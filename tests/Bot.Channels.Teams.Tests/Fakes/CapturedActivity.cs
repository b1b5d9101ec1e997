using System.Text.Json.Nodes;

namespace Bot.Channels.Teams.Tests.Fakes;

/// <summary>One activity posted to the fake Bot Connector; <see cref="Path"/> as sent (escaped).</summary>
public sealed record CapturedActivity(string Path, string ConversationId, string? ActivityId, string Authorization, JsonNode Body);
