using System.Globalization;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Bot.Core.Portal;
using Portal.Contracts.Drafts;

namespace Bot.Core.Todo;

/// <summary>やること: the resident's drafts in progress (GET /api/me/todo) as cards, after a login if needed.</summary>
public sealed class TodoFlow(LoginFlow login, PortalAccountClient accounts)
{
    private static readonly TimeZoneInfo Japan = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public async Task<TurnResult> ShowAsync(ConversationState state, CancellationToken cancellationToken)
    {
        state = state with { Step = ConversationSteps.Idle, LocalGovernmentCandidates = [] };
        var intent = BotActions.Todo.ToString();
        var check = await login.RequireLoginAsync(state, intent, cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        TodoList todo;
        try
        {
            todo = await accounts.GetTodoAsync(check.AccessToken!, cancellationToken);
        }
        catch (PortalApiException e) when (e.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
        {
            return (await login.LogInAgainAsync(check.State, intent, cancellationToken)).ToTurn();
        }
        if (todo.Items.Count == 0)
        {
            return new TurnResult(check.State, new TextMessage("いま、やることはありません。"), Replies.Menu());
        }
        var cards = todo.Items.Take(CardsMessage.MaxCards).Select(Card).ToList();
        return new TurnResult(check.State, new CardsMessage($"やることが{todo.Items.Count}件あります。", cards), Replies.Menu());
    }

    private static Card Card(TodoItem item)
    {
        List<CardField> fields = [];
        if (item.Progress is { } progress)
        {
            fields.Add(new CardField("入力の進み具合", $"{progress}%"));
        }
        fields.Add(new CardField("入力の期限", TimeZoneInfo.ConvertTime(item.ExpiresAt, Japan).ToString("yyyy年M月d日", CultureInfo.InvariantCulture)));
        return new Card(item.ProcedureName ?? item.ProcedureId, item.LocalGovernmentName is { } name ? $"{name}・申請の入力途中" : "申請の入力途中",
            fields, []);
    }
}
