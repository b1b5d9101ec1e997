using Bot.Core.Messages;

namespace Bot.Channels.WebChat.Streams;

/// <summary>An entry as the page receives it (no storage fields, no user id).</summary>
public sealed record WebChatEntryView(long Seq, string From, string? Text, OutgoingMessage? Message, DateTimeOffset At)
{
    public static WebChatEntryView Of(WebChatEntry entry) => new(entry.Seq, entry.From, entry.Text, entry.Message, entry.At);
}
