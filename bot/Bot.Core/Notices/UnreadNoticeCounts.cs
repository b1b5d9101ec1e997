using System.Collections.Concurrent;
using Portal.Contracts.Notices.Inbox;

namespace Bot.Core.Notices;

/// <summary>
/// The menu badge's unread counts, per portal account, for <see cref="Lifetime"/>: a resident going back and forth
/// through the menu costs the portal one count a minute, not one per turn. Forgotten when the account opens a notice
/// or a push for it arrives on this instance, so the badge follows what the resident just did; another instance's
/// copy is at most <see cref="Lifetime"/> old. In memory, per instance: only counts, no personal data.
/// </summary>
public sealed class UnreadNoticeCounts(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>Past this many accounts the expired entries are swept out: memory stays bounded by one busy minute's accounts.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private long lastSweepTicks;

    /// <summary>The fresh count, if any, and the version to remember a newly read one under.</summary>
    public (UnreadNoticeCountView? Count, long Version) Find(string accountId)
    {
        if (!entries.TryGetValue(accountId, out var entry))
        {
            return (null, 0);
        }
        return (entry.Count is not null && time.GetUtcNow() - entry.ReadAt < Lifetime ? entry.Count : null, entry.Version);
    }

    /// <summary>
    /// Keeps a count read under <paramref name="version"/>; dropped when the account was forgotten meanwhile (a count
    /// read before a notice was opened must not stand after it).
    /// </summary>
    public void Remember(string accountId, long version, UnreadNoticeCountView count)
    {
        var now = time.GetUtcNow();
        var entry = new Entry(version, count, now);
        var kept = entries.TryGetValue(accountId, out var current)
            ? current.Version == version && entries.TryUpdate(accountId, entry, current)
            : version == 0 && entries.TryAdd(accountId, entry);
        if (kept)
        {
            SweepIfLarge(now);
        }
    }

    /// <summary>
    /// The count changed (a notice opened, a push arrived): the next menu asks the portal. Kept as a newer version even
    /// for an account with no count here, so a count being read at this moment is not remembered.
    /// </summary>
    public void Forget(string accountId)
    {
        var now = time.GetUtcNow();
        entries.AddOrUpdate(accountId, _ => new Entry(1, null, now), (_, e) => new Entry(e.Version + 1, null, now));
        SweepIfLarge(now);
    }

    /// <summary>Past <see cref="SweepAbove"/> accounts, drops the expired entries, at most once a <see cref="Lifetime"/>.</summary>
    private void SweepIfLarge(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref lastSweepTicks);
        if (entries.Count <= SweepAbove || now.UtcTicks - last < Lifetime.Ticks
            || Interlocked.CompareExchange(ref lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }
        foreach (var (key, old) in entries)
        {
            if (now - old.ReadAt >= Lifetime)
            {
                entries.TryRemove(new KeyValuePair<string, Entry>(key, old));
            }
        }
    }

    private sealed record Entry(long Version, UnreadNoticeCountView? Count, DateTimeOffset ReadAt);
}
