using Bot.Core.Messages;
using Bot.Core.Storage;

namespace Bot.Core.Notices;

/// <summary>
/// Which account each chat of a page is logged in to now, read from the stored conversations in a few queries: the
/// account id of the stored portal session (in clear; only its tokens are sealed), without opening the session. So a
/// chat whose stored session names another account is not told even when that session's tokens no longer open.
/// </summary>
public sealed class NoticeChatOwners(BotDatabase database)
{
    /// <returns>The account each chat's conversation is logged in to, by <see cref="ChannelUser.Key"/>: null when
    /// logged in to none, absent when the chat has no conversation.</returns>
    public async Task<IReadOnlyDictionary<string, string?>> OfAsync(IEnumerable<ChannelUser> users, CancellationToken cancellationToken)
    {
        var found = await DocumentsById.ReadAsync<ChatOwner>(database.Container(BotContainers.Conversations),
            "SELECT c.id, c.portalSession.accountId FROM c", users.Select(u => u.Key), cancellationToken);
        return found.ToDictionary(o => o.Id, o => o.AccountId, StringComparer.Ordinal);
    }

    private sealed record ChatOwner(string Id, string? AccountId);
}
