using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Bot.Core.Proxies.Acting;
using Portal.Contracts.Home;

namespace Bot.Core.Home;

/// <summary>
/// ホーム in the chat: やること (a card each, with the button to it), the latest お知らせ, the applications in progress
/// and, for a proxy, 代理で操作できる人 — one portal call. Parts the portal could not read are said so in one line.
/// Needs a login; while acting for someone it is refused (ホーム is the resident's own).
/// </summary>
public sealed class HomeFlow(HomePortalClient portal, LoginFlow login)
{
    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        action.Verb switch
        {
            "show" => ShowAsync(state, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public async Task<TurnResult> ShowAsync(ConversationState state, CancellationToken cancellationToken)
    {
        if (ActingFlow.IsActing(state))
        {
            return ActingFlow.NotWhileActing(state);
        }
        var intent = HomeActions.Show.ToString();
        var check = await login.RequireLoginAsync(state, intent, cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var answer = await portal.GetAsync(state.PortalSession!, cancellationToken);
        if (answer.SessionRejected)
        {
            return (await login.LogInAgainAsync(state, intent, cancellationToken)).ToTurn();
        }
        return answer.Value is { } home ? new TurnResult(state, [.. Messages(home)]) : Replies.Stale(state);
    }

    private static IEnumerable<OutgoingMessage> Messages(HomeView home)
    {
        yield return HomeTexts.Intro;
        if (HomeTexts.Unavailable(home.Unavailable) is { } unavailable)
        {
            yield return unavailable;
        }
        if (home.Todo.Count == 0)
        {
            yield return HomeTexts.NothingToDo;
        }
        else
        {
            yield return new CardsMessage($"やることが{home.Todo.Count}件あります", [.. home.Todo.Take(CardsMessage.MaxCards).Select(HomeTexts.Todo)]);
        }
        if (home.Notices is { } notices)
        {
            yield return HomeTexts.Notices(notices);
        }
        if (home.Applications is { } applications)
        {
            yield return HomeTexts.Applications(applications);
        }
        if (home.ActingFor is { Count: > 0 } people)
        {
            yield return HomeTexts.ActingFor(people);
        }
        yield return HomeTexts.Next;
    }
}
