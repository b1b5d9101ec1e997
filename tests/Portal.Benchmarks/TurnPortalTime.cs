namespace Portal.Benchmarks;

/// <summary>The portal calls of one turn and the time spent in them (calls of one turn are sequential, but be safe).</summary>
public sealed class TurnPortalTime
{
    private long _ticks;
    private int _calls;

    public int Calls => _calls;

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public void Add(TimeSpan elapsed)
    {
        Interlocked.Add(ref _ticks, elapsed.Ticks);
        Interlocked.Increment(ref _calls);
    }
}
