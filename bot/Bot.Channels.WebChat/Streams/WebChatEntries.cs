namespace Bot.Channels.WebChat.Streams;

/// <summary>The answer of both message endpoints: entries in sequence order (possibly none).</summary>
public sealed record WebChatEntries(IReadOnlyList<WebChatEntryView> Entries);
