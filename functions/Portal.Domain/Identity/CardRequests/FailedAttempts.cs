namespace Portal.Domain.Identity.CardRequests;

/// <summary>The only thing a refused answer writes: how many there were, and the last reason (a refusal name, no data).</summary>
public sealed record FailedAttempts(int Count, string? LastReason, DateTimeOffset? LastAt)
{
    public static readonly FailedAttempts None = new(0, null, null);

    public FailedAttempts Add(string reason, DateTimeOffset at) => new(Count + 1, reason, at);
}
