namespace Bot.Channels.Line.Rendering;

/// <summary>The Messaging API's limits the renderer keeps to (characters are UTF-16 code units, as LINE counts).</summary>
public static class LineLimits
{
    public const int TextLength = 5000;
    public const int QuickReplyItems = 13;
    public const int QuickReplyLabelLength = 20;
    public const int ButtonLabelLength = 40;
    public const int DisplayTextLength = 300;
    public const int PostbackDataLength = 300;
    public const int AltTextLength = 400;
    public const int CarouselBubbles = 12;
    public const int UriLength = 1000;

    /// <summary>Messages in one reply or one push request.</summary>
    public const int MessagesPerRequest = 5;

    /// <summary>User ids in one multicast request.</summary>
    public const int MulticastRecipients = 500;
}
