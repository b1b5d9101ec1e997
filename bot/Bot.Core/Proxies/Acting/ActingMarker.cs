using Bot.Core.Messages;

namespace Bot.Core.Proxies.Acting;

/// <summary>
/// The one place the outgoing messages of a conversation acting for a principal are marked: each starts with
/// 「（代理で操作中）」 (no name), and the menu offers 自分に戻る.
/// </summary>
public static class ActingMarker
{
    public static IReadOnlyList<OutgoingMessage> Apply(IReadOnlyList<OutgoingMessage> replies, bool acting) =>
        acting ? [.. replies.Select(Marked)] : replies;

    private static OutgoingMessage Marked(OutgoingMessage reply) => reply switch
    {
        TextMessage text => text with { Text = Prefixed(text.Text) },
        ChoicesMessage choices => choices with { Text = Prefixed(choices.Text), Choices = WithBack(choices.Choices) },
        LinkMessage link => link with { Text = Prefixed(link.Text) },
        CardsMessage cards => cards with
        {
            AltText = Prefixed(cards.AltText),
            Cards = [.. cards.Cards.Select((card, i) => i == 0 ? card with { Title = Prefixed(card.Title) } : card)],
        },
        ImageMessage image => image with { AltText = Prefixed(image.AltText) },
        _ => reply,
    };

    private static string Prefixed(string text) => text.StartsWith(ActingTexts.Marker, StringComparison.Ordinal) ? text : ActingTexts.Marker + text;

    /// <summary>The main menu (it offers アカウント) gets 自分に戻る, room allowing.</summary>
    private static IReadOnlyList<Choice> WithBack(IReadOnlyList<Choice> choices)
    {
        var back = ActingTexts.BackChoice;
        return choices.Any(c => c.Label == "アカウント") && choices.Count < ChoicesMessage.MaxChoices && !choices.Any(c => c.Action == back.Action)
            ? [.. choices, back]
            : choices;
    }
}
