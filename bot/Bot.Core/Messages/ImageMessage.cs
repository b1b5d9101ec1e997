namespace Bot.Core.Messages;

/// <summary>
/// An image, e.g. the QR code of a login link for a resident on a PC. <paramref name="Url"/> is where the bot host
/// serves it (LINE and Teams fetch images by URL); <paramref name="AltText"/> says what it is.
/// </summary>
public sealed record ImageMessage(Uri Url, string AltText) : OutgoingMessage;
