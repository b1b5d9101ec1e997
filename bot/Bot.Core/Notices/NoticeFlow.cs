using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;

namespace Bot.Core.Notices;

/// <summary>
/// 詳しく on a notice push: the notice's title, sender, date and body, fetched from the portal with the chat's session.
/// Needs a login; a login started here opens the same notice by itself. A withdrawn or expired notice (404) is told
/// politely, not as an error.
/// </summary>
public sealed class NoticeFlow(NoticesPortalClient portal, LoginFlow login)
{
    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("open", { } noticeId) => OpenAsync(noticeId, state, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public async Task<TurnResult> OpenAsync(string noticeId, ConversationState state, CancellationToken cancellationToken)
    {
        var intent = NoticeActions.Open(noticeId).ToString();
        var check = await login.RequireLoginAsync(state, intent, cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var answer = await portal.GetAsync(state.PortalSession!, noticeId, cancellationToken);
        if (answer.SessionRejected)
        {
            return (await login.LogInAgainAsync(state, intent, cancellationToken)).ToTurn();
        }
        return answer.Value is { } notice
            ? new TurnResult(state, NoticeTexts.Detail(notice), NoticeTexts.After)
            : new TurnResult(state, NoticeTexts.NotFound, Replies.Menu());
    }
}
