namespace Bot.Channels.WebChat.Limits;

/// <summary>One partition: a limit and what it counts (a user id or a client address).</summary>
public readonly record struct WebChatLimitKey(WebChatLimit Limit, string Value);
