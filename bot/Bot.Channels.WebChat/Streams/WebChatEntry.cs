using System.Text.Json.Serialization;
using Bot.Core.Messages;

namespace Bot.Channels.WebChat.Streams;

/// <summary>
/// One entry of a web chat user's stream (container <c>webChatMessages</c>, partition <c>/userId</c>): what the user
/// sent (<see cref="From"/> "user", <see cref="Text"/>) or one message of the bot ("bot", <see cref="Message"/>).
/// The id is the sequence number, so two writers can never take the same one (the second gets 409 and moves on).
/// </summary>
public sealed record WebChatEntry(
    string Id,
    string UserId,
    long Seq,
    string From,
    string? Text,
    OutgoingMessage? Message,
    DateTimeOffset At)
{
    public const string FromUser = "user";
    public const string FromBot = "bot";

    [JsonPropertyName("type")]
    public string Type { get; init; } = "webChatEntry";
}
