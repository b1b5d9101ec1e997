namespace Bot.Core.Messages;

/// <summary>The channel names <see cref="ChannelUser.Channel"/> takes.</summary>
public static class Channels
{
    public const string Line = "line";

    /// <summary>Microsoft Teams through the Bot Framework (its channelId).</summary>
    public const string Teams = "msteams";

    public const string WebChat = "webchat";
}
