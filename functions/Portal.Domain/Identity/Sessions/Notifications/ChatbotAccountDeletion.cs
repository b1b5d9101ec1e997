using Portal.Contracts.Accounts.Events;
using Portal.Domain.Accounts;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Sessions.Notifications;

/// <summary>
/// Deleting an account tells the chatbot (<see cref="AccountDeletedNotice"/>), which holds the account's chat links and
/// may hold its tokens in a conversation: the portal cannot reach the bot's database, and must not. The tokens stop
/// working anyway (the logins end); this removes what the bot remembers of the account.
/// </summary>
public sealed class ChatbotAccountDeletion(ChatbotEventQueue queue, TimeProvider clock) : IAccountDeletionStep
{
    public Task RunAsync(string accountId, CancellationToken cancellationToken) =>
        queue.SendAsync(new AccountDeletedNotice(accountId, clock.GetUtcNow()), cancellationToken);
}
