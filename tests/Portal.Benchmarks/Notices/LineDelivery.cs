using System.Diagnostics;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// One prefecture notice from publish to the last LINE multicast at the fake API's limit, with what the fake saw.
/// Times are <see cref="Stopwatch"/> timestamps; spans are from <see cref="Published"/> (the start of the send, which
/// publishes at once).
/// </summary>
/// <param name="Residents">Seeded residents, each linked to one LINE user of its own.</param>
/// <param name="Limit">The fake's multicast limit (requests a second), also the bot's <c>Bot:Line:MulticastPerSecond</c>.</param>
/// <param name="PushPages">Pages the portal's fan-out put on the chatbot's queue.</param>
/// <param name="FirstPageQueued">When the portal queued its first page (0: none).</param>
/// <param name="LastPageQueued">When the portal queued its last page (0: none).</param>
/// <param name="Calls">Multicasts the fake delivered.</param>
/// <param name="Recipients">LINE users over those calls, a user twice counting twice.</param>
/// <param name="DistinctRecipients">Different LINE users reached.</param>
/// <param name="Unknown">Users reached that the seeder did not link (expected none).</param>
/// <param name="RateLimited">429s the fake answered.</param>
/// <param name="AlreadyAccepted">409s (a delivered call retried with its key).</param>
public sealed record LineDelivery(
    int Residents, double Limit, long Published, int PushPages, long FirstPageQueued, long LastPageQueued, PushPageRun Bot, IReadOnlyList<long> CallTimes,
    int Recipients, int DistinctRecipients, int Unknown, int RateLimited, int AlreadyAccepted)
{
    public int Calls => CallTimes.Count;

    public int Duplicates => Recipients - DistinctRecipients;

    /// <summary>Residents not reached (expected none).</summary>
    public int Missed => Residents - (DistinctRecipients - Unknown);

    /// <summary>The portal's share of the wait for the first multicast: publishing and fanning out the first page.</summary>
    public double PublishToFirstPageSeconds => Since(FirstPageQueued);

    public double PublishToLastPageSeconds => Since(LastPageQueued);

    /// <summary>The bot's share of the wait for the first multicast: taking pages off its queue and resolving one.</summary>
    public double FirstPageToFirstCallSeconds => PublishToFirstCallSeconds - PublishToFirstPageSeconds;

    public double PublishToFirstCallSeconds => Calls == 0 ? double.NaN : Since(CallTimes[0]);

    public double PublishToLastCallSeconds => Calls == 0 ? double.NaN : Since(CallTimes[^1]);

    /// <summary>From the first multicast to the last one.</summary>
    public double BusySeconds => Calls < 2 ? double.NaN : Stopwatch.GetElapsedTime(CallTimes[0], CallTimes[^1]).TotalSeconds;

    /// <summary>Multicasts a second over the busy window: the gaps between calls (calls − 1) over its length.</summary>
    public double BusyCallsPerSecond => (Calls - 1) / BusySeconds;

    /// <summary>Multicasts a second from publish to the last one: what the resident at the end of the list waits for.</summary>
    public double EndToEndCallsPerSecond => Calls / PublishToLastCallSeconds;

    /// <summary>What the calls take at exactly the limit, the first one sent at publish.</summary>
    public double IdealSeconds => (Calls - 1) / Limit;

    private double Since(long at) => at == 0 ? double.NaN : Stopwatch.GetElapsedTime(Published, at).TotalSeconds;
}
