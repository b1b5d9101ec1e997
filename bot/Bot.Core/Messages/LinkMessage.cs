namespace Bot.Core.Messages;

/// <summary>Text with one link to open (the signer's card request, a web form for sensitive fields, a printable PDF).</summary>
public sealed record LinkMessage(string Text, string Label, Uri Url) : OutgoingMessage;
