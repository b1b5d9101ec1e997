using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Sessions;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// Bulk seeding of the bot's side, for the benchmark only: each account logged in from a LINE user of its own, written
/// with the bot's own stores as a card login in the chat leaves them (the link of <see cref="LinkedChannelStore"/>, the
/// last-used channel of <see cref="ResidentChannelStore"/>, and the conversation holding a portal session of that
/// account), so a push resolves each account as it would in production. The session's token is a placeholder: the
/// push never calls the portal with it. A bounded number of accounts in flight.
/// </summary>
public sealed class LineLinkSeeder(LinkedChannelStore links, ResidentChannelStore lastUsed, ConversationStore conversations)
{
    private const int ProgressEvery = 10_000;

    /// <returns>The LINE user id of each account, by LINE user id.</returns>
    public async Task<IReadOnlyDictionary<string, string>> SeedAsync(
        IReadOnlyList<string> accountIds, int concurrency, CancellationToken cancellationToken)
    {
        var accountOf = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var done = 0;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(accountIds,
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (accountId, token) =>
            {
                // LINE's user ids: "U" and 32 hex digits.
                var user = new ChannelUser(Channels.Line, "U" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
                var sessionId = Guid.NewGuid().ToString("N");
                await links.LinkAsync(accountId, user, sessionId, token);
                await lastUsed.RememberAsync(accountId, user, token);
                await conversations.SaveAsync(ConversationState.New(user.Key) with
                {
                    PortalSession = new PortalSession("bench-placeholder-token", null, DateTimeOffset.UtcNow.AddHours(1), accountId, sessionId),
                }, null, token);
                accountOf[user.UserId] = accountId;
                if (Interlocked.Increment(ref done) % ProgressEvery == 0)
                {
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    Console.WriteLine($"  linked {done:N0} residents to LINE in {elapsed.TotalSeconds:F0} s ({done / elapsed.TotalSeconds:F0}/s)");
                }
            });
        return accountOf;
    }
}
