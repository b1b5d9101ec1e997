using System.Text.Json;

namespace Bot.Channels.Teams.Activities;

/// <summary>
/// The part of a Bot Framework Activity this channel reads and writes (JSON, camelCase). Inbound activities come from
/// the Bot Connector; outbound ones are posted back to it. Unknown fields are ignored.
/// </summary>
public sealed record Activity
{
    public string Type { get; init; } = ActivityTypes.Message;

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public string? Text { get; init; }

    /// <summary>"plain" or "markdown"; outbound text is plain so nothing a resident typed turns into markup.</summary>
    public string? TextFormat { get; init; }

    /// <summary>An <c>Action.Submit</c>'s data, or a messageBack's value.</summary>
    public JsonElement? Value { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>"list" (default) or "carousel".</summary>
    public string? AttachmentLayout { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public string? ReplyToId { get; init; }

    public string? Locale { get; init; }

    /// <summary>conversationUpdate: who joined (the bot itself when it is installed).</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
}
