using System.Collections.Concurrent;
using Bot.Core.Applications;
using Bot.Core.Channels;
using Bot.Core.Messages;
using Bot.Core.Sessions;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Notices.Events;

namespace Bot.Core.Notices;

/// <summary>
/// Pushes one page of a notice's fan-out: every chat each account logged in from (and the one it used last), not only
/// the last one, through the recipient filter; LINE users by multicast in batches whose delivery keys derive from the
/// page id (a redelivered page reaches nobody twice there), Teams and web chat users one by one.
/// <para>Multicast goes first and throws when it fails, so the queue redelivers the page before anyone on a channel
/// without delivery keys was sent to. A one-by-one send that fails is counted and logged, not thrown: throwing would
/// send the page again to every chat already told there. The notice itself stays in the resident's inbox.</para>
/// Logs carry the page and notice ids and counts, never account or channel user ids.
/// </summary>
public sealed class NoticePushService(
    LinkedChannelStore links,
    ResidentChannelStore lastUsed,
    NoticeChatOwners owners,
    NoticePageResolutions resolutions,
    IEnumerable<IMulticastSender> multicasters,
    ProactiveMessenger messenger,
    INoticeRecipientFilter filter,
    ILogger<NoticePushService> logger)
{
    /// <summary>Concurrent filter calls while resolving a page, and concurrent one-by-one sends.</summary>
    private const int Parallelism = 16;

    public async Task<NoticePushOutcome> PushAsync(NoticePushPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.AccountIds.Count > NoticePushPage.MaxAccounts)
        {
            throw new NoticePageTooLargeException(page.PageId, page.AccountIds.Count);
        }
        var accounts = page.AccountIds.Distinct(StringComparer.Ordinal).ToArray();
        var resolved = await resolutions.InTurnAsync(() => ResolveAsync(page, accounts, cancellationToken), cancellationToken);

        // A chat linked to two accounts of the page is told once.
        var users = resolved.SelectMany(r => r.Allowed).Distinct().ToList();
        var message = NoticeTexts.Push(page);
        var (multicast, calls) = await MulticastAsync(page, users, message, cancellationToken);
        var (told, failed) = await OneByOneAsync(users.Where(u => !HasMulticast(u.Channel)).ToList(), message, cancellationToken);
        var proactive = told.Count;
        int On(string channel) => told.Count(u => u.Channel == channel)
            + (HasMulticast(channel) ? users.Count(u => u.Channel == channel) : 0);

        var outcome = new NoticePushOutcome(accounts.Length, resolved.Count(r => r.Linked == 0), resolved.Sum(r => r.Linked - r.Allowed.Count),
            multicast, calls, proactive, failed, On(Messages.Channels.Line), On(Messages.Channels.Teams), On(Messages.Channels.WebChat));
        logger.LogInformation(
            "Notice push {PageId} of {NoticeId}: {Accounts} accounts, {Unlinked} without a chat, {Filtered} held back, {Multicast} by multicast in {Calls} calls, {Proactive} one by one, {Failed} failed",
            page.PageId, page.NoticeId, outcome.Accounts, outcome.Unlinked, outcome.Filtered, outcome.Multicast, outcome.MulticastCalls,
            outcome.Proactive, outcome.Failed);
        return outcome;
    }

    /// <summary>
    /// Each account's chats: those it logged in from and the last used, each still of this account (or of none), and
    /// those the filter lets through. Read for the whole page in a few queries (links and last-used channels, then the
    /// chats' conversations) rather than three point reads per account: with the queue trigger's 16 pages in hand at
    /// once, those point reads kept the first page from its multicast for ~20 s while LINE's budget went unused.
    /// </summary>
    private async Task<AccountChats[]> ResolveAsync(NoticePushPage page, string[] accounts, CancellationToken cancellationToken)
    {
        var linking = links.FindManyAsync(accounts, cancellationToken);
        var lastUsing = lastUsed.FindManyAsync(accounts, cancellationToken);
        var (linkedOf, lastOf) = (await linking, await lastUsing);
        var chatsOf = accounts.Select(account =>
        {
            var linked = linkedOf.GetValueOrDefault(account, []).Select(l => new ChannelUser(l.Channel, l.UserId)).ToList();
            if (lastOf.TryGetValue(account, out var last) && !linked.Contains(last))
            {
                linked.Add(last);
            }
            return linked;
        }).ToArray();
        var ownerOf = await owners.OfAsync(chatsOf.SelectMany(c => c).Distinct(), cancellationToken);

        var resolved = new AccountChats[accounts.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, accounts.Length), Options(cancellationToken), async (i, token) =>
        {
            // A chat now logged in to another account is not told about this one's notices.
            var chats = chatsOf[i].Where(u => ownerOf.GetValueOrDefault(u.Key) is not { } owner || owner == accounts[i]).ToList();
            var allowed = new List<ChannelUser>();
            foreach (var user in chats)
            {
                if (await filter.AllowsAsync(page, accounts[i], user, token))
                {
                    allowed.Add(user);
                }
            }
            resolved[i] = new AccountChats(chats.Count, allowed);
        });
        return resolved;
    }

    private bool HasMulticast(string channel) => multicasters.Any(m => m.Channel == channel);

    private async Task<(int Users, int Calls)> MulticastAsync(
        NoticePushPage page, IReadOnlyList<ChannelUser> users, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var (sent, calls) = (0, 0);
        foreach (var sender in multicasters)
        {
            // Sorted, so a redelivered page makes the same batches under the same keys.
            var ids = users.Where(u => u.Channel == sender.Channel).Select(u => u.UserId).Order(StringComparer.Ordinal).ToList();
            var batches = ids.Chunk(sender.MaxRecipients).ToList();
            for (var i = 0; i < batches.Count; i++)
            {
                await sender.SendAsync(batches[i], [message], $"{page.PageId}/{sender.Channel}/{i}", cancellationToken);
                sent += batches[i].Length;
                calls++;
            }
        }
        return (sent, calls);
    }

    /// <returns>The chats told, and how many were not.</returns>
    private async Task<(IReadOnlyCollection<ChannelUser> Told, int Failed)> OneByOneAsync(
        IReadOnlyList<ChannelUser> users, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var failures = new ConcurrentDictionary<string, int>();
        var told = new ConcurrentBag<ChannelUser>();
        await Parallel.ForEachAsync(users, Options(cancellationToken), async (user, token) =>
        {
            try
            {
                if (await messenger.SendAsync(user, [message], token))
                {
                    told.Add(user);
                    return;
                }
                failures.AddOrUpdate("no sender", 1, (_, n) => n + 1);
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
            }
        });
        foreach (var (reason, count) in failures)
        {
            logger.LogWarning("Notice push: {Count} chats not told ({Reason})", count, reason);
        }
        return (told, failures.Values.Sum());
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

    /// <param name="Linked">Chats of the account (still logged in to it, or to none).</param>
    /// <param name="Allowed">Those the filter lets the push through to.</param>
    private sealed record AccountChats(int Linked, IReadOnlyList<ChannelUser> Allowed);
}
