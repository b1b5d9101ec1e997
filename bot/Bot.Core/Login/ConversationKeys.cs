using Bot.Core.Messages;

namespace Bot.Core.Login;

/// <summary>The channel user behind a conversation key ("channel:userId").</summary>
public static class ConversationKeys
{
    public static ChannelUser User(string key)
    {
        var colon = key.IndexOf(':');
        return colon <= 0 ? throw new ArgumentException("Not a conversation key.", nameof(key)) : new ChannelUser(key[..colon], key[(colon + 1)..]);
    }
}
