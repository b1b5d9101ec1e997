using Bot.Core.Conversations;
using Bot.Core.Messages;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Notices.Inbox;

namespace Bot.Core.Notices;

/// <summary>
/// Puts the unread count on the menu's お知らせ (「お知らせ（3）」) when a turn's replies show the menu to a logged-in
/// resident. Done once per turn on the replies, so every place that shows <see cref="Replies.Menu"/> gets it without
/// each asking the portal; a count read within the last minute for the same account is used again
/// (<see cref="UnreadNoticeCounts"/>). The count is a nicety: if it cannot be read quickly (portal down, session
/// refused) the plain label stays and the turn goes on.
/// </summary>
public sealed class NoticeMenuBadge(NoticesPortalClient portal, UnreadNoticeCounts counts, ILogger<NoticeMenuBadge> logger)
{
    /// <summary>Longer than a healthy portal needs; short enough that a slow one does not hold the menu back.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    private static readonly string ListAction = NoticeActions.List.ToString();

    public async Task<IReadOnlyList<OutgoingMessage>> ApplyAsync(
        IReadOnlyList<OutgoingMessage> replies, PortalSession? session, CancellationToken cancellationToken)
    {
        if (session is null || !replies.Any(IsMenu))
        {
            return replies;
        }
        if (await CountAsync(session, cancellationToken) is not { } count)
        {
            return replies;
        }
        var label = NoticeTexts.MenuLabelWith(count);
        return label == NoticeTexts.MenuLabel ? replies : [.. replies.Select(reply => Labelled(reply, label))];
    }

    /// <summary>The remembered count, else the portal's (remembered when the session names its account); null when unread.</summary>
    private async Task<UnreadNoticeCountView?> CountAsync(PortalSession session, CancellationToken cancellationToken)
    {
        var (remembered, version) = session.AccountId is { } known ? counts.Find(known) : (null, 0);
        if (remembered is not null)
        {
            return remembered;
        }
        try
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(Patience);
            var answer = await portal.UnreadCountAsync(session, patience.Token);
            if (answer.Value is { } count && session.AccountId is { } accountId)
            {
                counts.Remember(accountId, version, count);
            }
            return answer.Value;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Unread notice count not read ({ErrorType}): the menu shows the plain label", e.GetType().Name);
            return null;
        }
    }

    private static bool IsMenu(OutgoingMessage reply) =>
        reply is ChoicesMessage menu && menu.Choices.Any(c => c.Action == ListAction && c.Label == NoticeTexts.MenuLabel);

    private static OutgoingMessage Labelled(OutgoingMessage reply, string label) => IsMenu(reply)
        ? (ChoicesMessage)reply with
        {
            Choices = [.. ((ChoicesMessage)reply).Choices.Select(c => c.Action == ListAction && c.Label == NoticeTexts.MenuLabel ? c with { Label = label } : c)],
        }
        : reply;
}
