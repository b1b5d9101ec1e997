namespace Bot.Channels.Teams.Activities;

/// <summary>
/// What is needed to write into a conversation later (a reply or a proactive message): taken from a validated
/// inbound activity only, so the bot never posts its token to a service URL nobody vouched for.
/// </summary>
public sealed record ConversationReference(
    Uri ServiceUrl,
    string ChannelId,
    ConversationAccount Conversation,
    ChannelAccount User,
    ChannelAccount Bot,
    string? TenantId,
    string? Locale)
{
    public static ConversationReference From(Activity activity) => new(
        new Uri(activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity))),
        activity.ChannelId ?? throw new ArgumentException("The activity has no channelId.", nameof(activity)),
        activity.Conversation ?? throw new ArgumentException("The activity has no conversation.", nameof(activity)),
        activity.From ?? throw new ArgumentException("The activity has no sender.", nameof(activity)),
        activity.Recipient ?? throw new ArgumentException("The activity has no recipient.", nameof(activity)),
        activity.ChannelData?.Tenant?.Id ?? activity.Conversation.TenantId,
        activity.Locale);
}
