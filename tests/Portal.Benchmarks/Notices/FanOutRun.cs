namespace Portal.Benchmarks.Notices;

/// <summary>One notice's fan-out as <see cref="FanOutDrainer"/> ran it: the queue messages it took and each page's time.</summary>
/// <param name="PageMilliseconds">Per fan-out message: receive + <c>NoticeFanOut.RunAsync</c> + delete.</param>
public sealed record FanOutRun(int Messages, IReadOnlyList<double> PageMilliseconds, TimeSpan Elapsed);
