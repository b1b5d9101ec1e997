using Bot.Channels.Teams.Activities;

namespace Bot.Channels.Teams.Conversations;

/// <summary>
/// A stored conversation reference (container <c>conversationReferences</c>, id = <c>ChannelUser.Key</c>): where and
/// to whom a proactive message goes. Ids only; no names, no message text.
/// </summary>
public sealed record ConversationReferenceDocument(
    string Id,
    string ServiceUrl,
    string ChannelId,
    string ConversationId,
    string? ConversationType,
    string UserId,
    string? UserAadObjectId,
    string BotId,
    string? TenantId,
    string? Locale,
    DateTimeOffset UpdatedAt)
{
    public string Type { get; init; } = "conversationReference";

    public static ConversationReferenceDocument From(string key, ConversationReference reference, DateTimeOffset now) => new(
        key,
        reference.ServiceUrl.AbsoluteUri,
        reference.ChannelId,
        reference.Conversation.Id,
        reference.Conversation.ConversationType,
        reference.User.Id,
        reference.User.AadObjectId,
        reference.Bot.Id,
        reference.TenantId,
        reference.Locale,
        now);

    public ConversationReference ToReference() => new(
        new Uri(ServiceUrl),
        ChannelId,
        new ConversationAccount(ConversationId, TenantId, ConversationType),
        new ChannelAccount(UserId, AadObjectId: UserAadObjectId),
        new ChannelAccount(BotId),
        TenantId,
        Locale);
}
