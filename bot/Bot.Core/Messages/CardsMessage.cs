namespace Bot.Core.Messages;

/// <summary>
/// A row of cards, e.g. search results (LINE: a Flex carousel of at most 12 bubbles; Teams: Adaptive Cards in a
/// carousel). <paramref name="AltText"/> is what a notification or a channel without cards shows.
/// </summary>
public sealed record CardsMessage(string AltText, IReadOnlyList<Card> Cards) : OutgoingMessage
{
    public const int MaxCards = 12;
}
