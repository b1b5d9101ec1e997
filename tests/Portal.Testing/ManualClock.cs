namespace Portal.Testing;

/// <summary>A clock the test sets or moves by hand (expiry, TTLs, validity windows).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
