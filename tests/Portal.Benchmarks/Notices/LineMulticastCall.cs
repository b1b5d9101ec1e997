namespace Portal.Benchmarks.Notices;

/// <summary>One multicast the fake LINE API delivered.</summary>
/// <param name="At"><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> when it was accepted.</param>
/// <param name="Recipients">The LINE user ids in its <c>to</c>.</param>
public sealed record LineMulticastCall(long At, IReadOnlyList<string> Recipients);
