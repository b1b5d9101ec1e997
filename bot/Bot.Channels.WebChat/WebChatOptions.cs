using Bot.Channels.WebChat.Limits;

namespace Bot.Channels.WebChat;

/// <summary>Settings of the web chat (section <c>Bot:WebChat</c>).</summary>
public sealed class WebChatOptions
{
    public const string Section = "Bot:WebChat";

    /// <summary>How long <c>GET /api/webchat/messages</c> waits for something new before answering with nothing.</summary>
    public TimeSpan LongPollTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>How often a waiting poll looks at the store (another instance may have appended).</summary>
    public TimeSpan StorePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest text a user may send (characters).</summary>
    public int MaxTextLength { get; set; } = 1000;

    /// <summary>Most entries one fetch returns; the page asks again for the rest.</summary>
    public int MaxEntriesPerFetch { get; set; } = 50;

    /// <summary>Limits per user, per address and on new users (<c>Bot:WebChat:RateLimits</c>).</summary>
    public WebChatRateLimits RateLimits { get; set; } = new();
}
