using Bot.Core.Actions;
using Bot.Core.Content;
using Bot.Core.Conversations;
using Bot.Core.Information;
using Bot.Core.Login;

namespace Bot.Core.Exchanges;

/// <summary>
/// やりとり履歴 in the chat: the period (過去1年間 by a button, or typed, 和暦 accepted, at most 7 years back), then counts
/// per kind and a sealed content link (<see cref="ContentLinks"/>) whose page lists the exchanges: who asked whom for
/// what is shown only there, never in the chat. Needs a login.
/// </summary>
public sealed class ExchangeFlow(ExchangesPortalClient portal, LoginFlow login, ContentLinks links, TimeProvider time)
{
    public static bool Takes(ConversationState state) => state.Step == ConversationSteps.ExchangesPeriod;

    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, string channel, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("start", null) => StartAsync(state, cancellationToken),
            ("year", null) => AnswerAsync(ExchangePeriod.LastYear(time.GetUtcNow()), state, channel, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public async Task<TurnResult> StartAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, ExchangeActions.Start.ToString(), cancellationToken);
        return check.IsLoggedIn
            ? new TurnResult(check.State with { Step = ConversationSteps.ExchangesPeriod }, ExchangeTexts.AskPeriod)
            : check.ToTurn();
    }

    /// <summary>The period typed while asked for it.</summary>
    public Task<TurnResult> TextAsync(string text, ConversationState state, string channel, CancellationToken cancellationToken)
    {
        if (text is "過去1年間" or "1年間" or "過去1年")
        {
            return AnswerAsync(ExchangePeriod.LastYear(time.GetUtcNow()), state, channel, cancellationToken);
        }
        if (!InformationPeriod.TryParse(text, out var days))
        {
            return Task.FromResult(new TurnResult(state, ExchangeTexts.PeriodNotRead, ExchangeTexts.AskPeriod));
        }
        var period = ExchangePeriod.Days(days);
        return period.BeforeRetention(time.GetUtcNow())
            ? Task.FromResult(new TurnResult(state, ExchangeTexts.TooOld, ExchangeTexts.AskPeriod))
            : AnswerAsync(period, state, channel, cancellationToken);
    }

    private async Task<TurnResult> AnswerAsync(ExchangePeriod period, ConversationState state, string channel, CancellationToken cancellationToken)
    {
        var intent = ExchangeActions.Start.ToString();
        var check = await login.RequireLoginAsync(state, intent, cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State;
        var answer = await portal.ListAsync(state.PortalSession!, period, cancellationToken);
        if (answer.SessionRejected)
        {
            return (await login.LogInAgainAsync(state, intent, cancellationToken)).ToTurn();
        }
        if (answer.Value is not { } entries)
        {
            return new TurnResult(state with { Step = ConversationSteps.ExchangesPeriod }, ExchangeTexts.NotAccepted, ExchangeTexts.AskPeriod);
        }
        state = state with { Step = ConversationSteps.Idle };
        var counts = ExchangeTexts.Counts(ExchangeCounts.Line(period, entries));
        if (entries.Count == 0)
        {
            return new TurnResult(state, counts, ExchangeTexts.After);
        }
        var (url, _) = await links.IssueAsync(ExchangesContent.KindName, state, channel, $"やりとり履歴（{period.Shown}）",
            period.Parameters, cancellationToken);
        return new TurnResult(state, counts, ExchangeTexts.Link(url), ExchangeTexts.After);
    }
}
