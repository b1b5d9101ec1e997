using Bot.Core.Actions;
using Bot.Core.Messages;

namespace Bot.Core.Tests.Support;

/// <summary>Reading a bot's replies the way a resident would.</summary>
public static class Transcript
{
    public static ChannelUser NewUser() => new(Bot.Core.Messages.Channels.WebChat, Guid.NewGuid().ToString("N"));

    /// <summary>Every text shown: texts, questions, link texts, card titles, subtitles and fields.</summary>
    public static string Text(IEnumerable<OutgoingMessage> replies) => string.Join("\n", replies.SelectMany(reply => reply switch
    {
        TextMessage text => [text.Text],
        ChoicesMessage choices => [choices.Text, .. choices.Choices.Select(c => c.Label)],
        LinkMessage link => [link.Text, link.Label],
        CardsMessage cards => cards.Cards.SelectMany(card =>
            new[] { card.Title, card.Subtitle ?? "" }.Concat(card.Fields.Select(f => $"{f.Label}: {f.Value}"))),
        _ => Array.Empty<string>(),
    }));

    public static IReadOnlyList<Choice> Choices(IEnumerable<OutgoingMessage> replies) =>
        [.. replies.OfType<ChoicesMessage>().SelectMany(m => m.Choices)];

    public static IReadOnlyList<Card> Cards(IEnumerable<OutgoingMessage> replies) =>
        [.. replies.OfType<CardsMessage>().SelectMany(m => m.Cards)];

    public static string Action(IEnumerable<OutgoingMessage> replies, string label) =>
        Choices(replies).Single(c => c.Label == label).Action;

    public static bool OffersMenu(IEnumerable<OutgoingMessage> replies) =>
        Choices(replies).Select(c => c.Action).ToHashSet().IsSupersetOf(
            [global::Bot.Core.Home.HomeActions.Show.ToString(), BotActions.Todo.ToString(), BotActions.StartSearch.ToString()]);

    /// <summary>さがす, then 荒川区 by its reading (picked from the choices if the reading matches several).</summary>
    public static async Task<IReadOnlyList<OutgoingMessage>> SetArakawaAsync(TestBot bot, ChannelUser user)
    {
        await bot.PressAsync(user, BotActions.StartSearch.ToString());
        var replies = await bot.SayAsync(user, "あらかわ");
        var pick = Choices(replies).FirstOrDefault(c => c.Action == BotActions.PickLocalGovernment(TestCatalog.Arakawa).ToString());
        return pick is null ? replies : await bot.PressAsync(user, pick.Action);
    }
}
