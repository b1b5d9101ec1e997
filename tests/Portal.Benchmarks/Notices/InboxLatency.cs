namespace Portal.Benchmarks.Notices;

/// <summary>The inbox figures for the resident whose chain holds the seeded live notices.</summary>
/// <param name="LiveInChain">Live notices over the resident's chain (seeded + those the delivery runs sent there).</param>
/// <param name="Unread">The unread count as the inbox answers it (capped at 99, <paramref name="More"/> for "99+").</param>
public sealed record InboxLatency(
    int LiveInChain, int Partitions, int FirstPageItems, int Unread, bool More, IReadOnlyList<double> ListMilliseconds,
    IReadOnlyList<double> UnreadMilliseconds);
