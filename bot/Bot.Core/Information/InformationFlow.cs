using System.Text.Json.Nodes;
using Bot.Core.Actions;
using Bot.Core.Content;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Login;
using Bot.Core.Messages;

namespace Bot.Core.Information;

/// <summary>
/// わたしの情報 in the chat: a group of the portal's catalogue, a category, then the 確認対象日 (今日 by a button, or typed,
/// 和暦 accepted) or a period. The answer is counts per provider and a sealed content link (<see cref="ContentLinks"/>):
/// the records themselves are shown only on that page, never in the chat. Needs a login.
/// </summary>
public sealed class InformationFlow(InformationPortalClient portal, LoginFlow login, ContentLinks links, TimeProvider time)
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public static bool Takes(ConversationState state) => state.Step == ConversationSteps.InformationDate && state.Information is not null;

    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, string channel, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("start", null) => StartAsync(state, cancellationToken),
            ("group", { } group) => GroupAsync(group, state, cancellationToken),
            ("category", { } category) => CategoryAsync(category, state, cancellationToken),
            ("today", null) when Takes(state) => AnswerAsync(InformationPeriod.Day(DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Japan).DateTime)),
                state, channel, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public async Task<TurnResult> StartAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, InformationActions.Start.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        var catalogue = await portal.CatalogueAsync(cancellationToken);
        return new TurnResult(check.State with { Step = ConversationSteps.Idle, Information = null }, InformationTexts.Groups(catalogue));
    }

    /// <summary>The date typed while asked for it.</summary>
    public Task<TurnResult> TextAsync(string text, ConversationState state, string channel, CancellationToken cancellationToken) =>
        text is "今日" or "きょう" or "本日"
            ? AnswerAsync(InformationPeriod.Day(DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Japan).DateTime)), state, channel, cancellationToken)
            : InformationPeriod.TryParse(text, out var period)
                ? AnswerAsync(period, state, channel, cancellationToken)
                : Task.FromResult(new TurnResult(state, InformationTexts.DateNotRead, InformationTexts.AskDate(state.Information!.CategoryName)));

    private async Task<TurnResult> GroupAsync(string groupId, ConversationState state, CancellationToken cancellationToken)
    {
        var catalogue = await portal.CatalogueAsync(cancellationToken);
        var group = catalogue.Groups.FirstOrDefault(g => g.Id == groupId);
        var categories = catalogue.Categories.Where(c => c.Group == groupId).OrderBy(c => c.Number).ToList();
        return group is null || categories.Count == 0
            ? Replies.Stale(state)
            : new TurnResult(state with { Step = ConversationSteps.Idle, Information = null }, InformationTexts.Categories(group, categories));
    }

    private async Task<TurnResult> CategoryAsync(string categoryId, ConversationState state, CancellationToken cancellationToken)
    {
        var category = (await portal.CatalogueAsync(cancellationToken)).Categories.FirstOrDefault(c => c.Id == categoryId);
        return category is null
            ? Replies.Stale(state)
            : new TurnResult(state with { Step = ConversationSteps.InformationDate, Information = new InformationQuestion(category.Id, category.Name) },
                InformationTexts.AskDate(category.Name));
    }

    private async Task<TurnResult> AnswerAsync(InformationPeriod period, ConversationState state, string channel, CancellationToken cancellationToken)
    {
        var question = state.Information!;
        var intent = InformationActions.Category(question.CategoryId).ToString();
        var check = await login.RequireLoginAsync(state, intent, cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State;
        var answer = await portal.ReadAsync(state.PortalSession!, question.CategoryId, period, cancellationToken);
        if (answer.SessionRejected)
        {
            return (await login.LogInAgainAsync(state, intent, cancellationToken)).ToTurn();
        }
        if (answer.Value is not { } view)
        {
            return new TurnResult(state, InformationTexts.NotAccepted, InformationTexts.AskDate(question.CategoryName));
        }
        state = state with { Step = ConversationSteps.Idle, Information = null };
        var counts = InformationTexts.Counts(period, InformationCounts.Line(question.CategoryName, view));
        if (!InformationCounts.Any(view))
        {
            return new TurnResult(state, counts, InformationTexts.After);
        }
        var parameters = new JsonObject { ["category"] = question.CategoryId, ["from"] = JapaneseDates.Iso(period.From), ["to"] = JapaneseDates.Iso(period.To) };
        var (url, _) = await links.IssueAsync(InformationContent.KindName, state, channel, $"わたしの情報 {question.CategoryName}（{period.Shown}）",
            parameters, cancellationToken);
        return new TurnResult(state, counts, InformationTexts.Link(url), InformationTexts.After);
    }
}
