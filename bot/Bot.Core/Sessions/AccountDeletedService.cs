using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Accounts.Events;

namespace Bot.Core.Sessions;

/// <summary>
/// A deleted account: every chat it logged in from drops the portal session it holds for that account (a chat now
/// logged in to another account keeps its own), then the account's links and last-used channel are forgotten. Links
/// last: a failure part-way is retried by the queue with the links still there to follow. Logs carry counts only.
/// </summary>
public sealed class AccountDeletedService(
    LinkedChannelStore links, ResidentChannelStore lastUsed, ConversationUpdater conversations, ILogger<AccountDeletedService> logger)
{
    public async Task HandleAsync(AccountDeletedNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var users = (await links.FindAsync(notice.ResidentId, cancellationToken)).Select(l => new ChannelUser(l.Channel, l.UserId)).ToList();
        if (await lastUsed.FindAsync(notice.ResidentId, cancellationToken) is { } last && !users.Contains(last))
        {
            users.Add(last);
        }
        var dropped = 0;
        foreach (var user in users)
        {
            var changed = await conversations.UpdateAsync(user.Key, s => s.PortalSession?.AccountId == notice.ResidentId
                ? s with { PortalSession = null, PendingLogin = null, Form = null, Step = ConversationSteps.Idle }
                : null, cancellationToken);
            dropped += changed is null ? 0 : 1;
        }
        await links.ForgetAsync(notice.ResidentId, cancellationToken);
        await lastUsed.ForgetAsync(notice.ResidentId, cancellationToken);
        logger.LogInformation("Account deleted: dropped the session of {Count} chats and forgot their links", dropped);
    }
}
