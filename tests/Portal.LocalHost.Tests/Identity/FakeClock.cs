namespace Portal.LocalHost.Tests.Identity;

/// <summary>The host's clock, moved by the test (timers still run on real time).</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
