using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;

namespace Bot.Core.Notices;

/// <summary>
/// お知らせ in the chat: the inbox newest first (cards with a 未読 mark, もっと見る for the next page, 未読だけ as a
/// filter), and one notice — from the list or a push's 詳しく — with its title, sender, date and body (the portal marks
/// it read). Needs a login; a login started here continues the same action by itself. A withdrawn or expired notice
/// (404) is told politely, not as an error.
/// </summary>
public sealed class NoticeFlow(NoticesPortalClient portal, LoginFlow login, UnreadNoticeCounts counts)
{
    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("list", null) => ListAsync(state, unreadOnly: false, cancellationToken),
            ("unread", null) => ListAsync(state, unreadOnly: true, cancellationToken),
            ("more", null) => MoreAsync(state, cancellationToken),
            ("open", { } noticeId) => OpenAsync(noticeId, state, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public Task<TurnResult> ListAsync(ConversationState state, bool unreadOnly, CancellationToken cancellationToken) =>
        PageAsync(state, unreadOnly, null, unreadOnly ? NoticeActions.Unread : NoticeActions.List, cancellationToken);

    private Task<TurnResult> MoreAsync(ConversationState state, CancellationToken cancellationToken) =>
        state.NoticeList is { } position
            ? PageAsync(state, position.UnreadOnly, position.Continuation, NoticeActions.More, cancellationToken)
            : Task.FromResult(Replies.Stale(state));

    private async Task<TurnResult> PageAsync(
        ConversationState state, bool unreadOnly, string? continuation, BotAction intent, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, intent.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var answer = await portal.ListAsync(state.PortalSession!, unreadOnly, continuation, cancellationToken);
        if (answer.SessionRejected)
        {
            return (await login.LogInAgainAsync(state, intent.ToString(), cancellationToken)).ToTurn();
        }
        if (answer.Value is not { } page)
        {
            // A continuation the portal no longer reads (e.g. after a deployment): start the list again from the menu.
            return Replies.Stale(state with { NoticeList = null });
        }
        state = state with { NoticeList = page.Continuation is { } next ? new NoticeListPosition(next, unreadOnly) : null };
        var more = continuation is not null;
        var hasMore = page.Continuation is not null;
        if (page.Items.Count == 0 && !hasMore)
        {
            return more
                ? new TurnResult(state, NoticeTexts.NoMore, NoticeTexts.Next(hasMore: false, unreadOnly))
                : new TurnResult(state, NoticeTexts.None(unreadOnly), unreadOnly ? NoticeTexts.Next(hasMore: false, unreadOnly) : Replies.Menu());
        }
        // The portal's page may be longer than a carousel holds: more carousels rather than notices left out. A page may
        // also be empty while a continuation is given (the portal stopped looking): then only もっと見る is offered.
        var replies = new List<OutgoingMessage>();
        if (!more)
        {
            replies.Add(NoticeTexts.Intro(unreadOnly));
        }
        replies.AddRange(page.Items.Select(NoticeTexts.Summary).Chunk(CardsMessage.MaxCards)
            .Select(cards => new CardsMessage(NoticeTexts.MenuLabel, cards)));
        replies.Add(NoticeTexts.Next(hasMore, unreadOnly));
        return new TurnResult(state, replies);
    }

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
        if (answer.Value is not { } notice)
        {
            return new TurnResult(state, NoticeTexts.NotFound, Replies.Menu());
        }
        if (state.PortalSession!.AccountId is { } accountId)
        {
            // The portal marked it read: the menu's count may be one fewer.
            counts.Forget(accountId);
        }
        return new TurnResult(state, NoticeTexts.Detail(notice), NoticeTexts.After);
    }
}
