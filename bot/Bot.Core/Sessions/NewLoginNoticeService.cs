using Bot.Core.Channels;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Sessions.Events;

namespace Bot.Core.Sessions;

/// <summary>
/// Tells a new login on every chat the account logged in from before it: not on the chat holding the new login itself
/// (whoever started it there already knows, and may be the one who was handed the card's login link), and not on a chat
/// now logged in to another account. Logs carry channels and counts only. A failing send throws, so the queue retries.
/// </summary>
public sealed class NewLoginNoticeService(
    LinkedChannelStore links, ConversationStore conversations, ProactiveMessenger messenger, ILogger<NewLoginNoticeService> logger)
{
    public async Task NotifyAsync(NewLoginNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var told = 0;
        foreach (var link in await links.FindAsync(notice.ResidentId, cancellationToken))
        {
            var user = new ChannelUser(link.Channel, link.UserId);
            if (link.SessionId == notice.SessionId || !await StillLinkedAsync(user, notice, cancellationToken))
            {
                continue;
            }
            if (await messenger.SendAsync(user, [SessionTexts.NewLogin(notice)], cancellationToken))
            {
                told++;
                logger.LogInformation("New-login notice: sent on {Channel}", user.Channel);
            }
        }
        logger.LogInformation("New-login notice: told on {Count} chats", told);
    }

    /// <summary>The chat's login now: of this account (or none, ended or expired) and not the new one.</summary>
    private async Task<bool> StillLinkedAsync(ChannelUser user, NewLoginNotice notice, CancellationToken cancellationToken)
    {
        var session = (await conversations.ReadAsync(user.Key, cancellationToken)).State.PortalSession;
        return session?.SessionId != notice.SessionId && (session?.AccountId is null || session.AccountId == notice.ResidentId);
    }
}
