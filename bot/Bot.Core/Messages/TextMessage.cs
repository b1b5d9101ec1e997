namespace Bot.Core.Messages;

/// <summary>Plain text (Japanese, polite, plain words). Channels may split text over their length limit.</summary>
public sealed record TextMessage(string Text) : OutgoingMessage;
