namespace Portal.Functions.Http.RateLimiting;

/// <summary>A call over its function's limit: answered 429 with <c>Retry-After</c>, before the function ran.</summary>
public sealed class RateLimitExceededException(string policy, TimeSpan retryAfter)
    : Exception($"Rate limit {policy} exceeded; retry after {retryAfter}.")
{
    public string Policy { get; } = policy;

    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>Whole seconds, at least 1 (RFC 9110 §10.2.3 delay-seconds).</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
