namespace Bot.Core.Storage;

/// <summary>
/// The bot's own Cosmos database (never the portal's: the bot is a client of the portal API). It holds conversation
/// state and what the channels need to answer and to reach a resident later; nothing else.
/// </summary>
public static class BotContainers
{
    /// <summary>One conversation per channel user (id = <c>ChannelUser.Key</c>), with the link to a portal session.</summary>
    public static readonly BotContainer Conversations = new("conversations", "/id");

    /// <summary>Channel event ids already processed (LINE webhookEventId, Bot Framework activity id), kept a day.</summary>
    public static readonly BotContainer ChannelEvents = new("channelEvents", "/id", DefaultTimeToLive: 86_400);

    /// <summary>Bot Framework conversation references (service URL, conversation, user, bot, tenant), for proactive messages.</summary>
    public static readonly BotContainer ConversationReferences = new("conversationReferences", "/id");

    /// <summary>The web chat's messages per user, both directions, for the page to fetch; kept a week.</summary>
    public static readonly BotContainer WebChatMessages = new("webChatMessages", "/userId", DefaultTimeToLive: 604_800);

    /// <summary>Login links behind QR code ids, each with its own TTL (the device code's lifetime).</summary>
    public static readonly BotContainer LoginLinks = new("loginLinks", "/id", DefaultTimeToLive: -1);

    /// <summary>Sealed content links (わたしの情報 pages), each with its own TTL: a day past its expiry.</summary>
    public static readonly BotContainer ContentLinks = new("contentLinks", "/id", DefaultTimeToLive: -1);

    /// <summary>
    /// Per portal account (id = the account id), the channel user the resident last used: where status notices go; and
    /// (id "linked-" + the account id) the channel users it logged in from: where new-login notices go.
    /// </summary>
    public static readonly BotContainer ResidentChannels = new("residentChannels", "/id");

    public static IReadOnlyList<BotContainer> All { get; } =
        [Conversations, ChannelEvents, ConversationReferences, WebChatMessages, LoginLinks, ResidentChannels, ContentLinks];
}
