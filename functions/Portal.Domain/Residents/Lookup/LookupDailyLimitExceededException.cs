using Portal.Domain.Errors;

namespace Portal.Domain.Residents.Lookup;

/// <summary>The agency used its day's lookups; it may look up again at the next midnight in Japan.</summary>
public sealed class LookupDailyLimitExceededException(int limit, TimeSpan retryAfter)
    : PortalException($"The daily limit of {limit} lookups is reached.")
{
    public int Limit { get; } = limit;

    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>Whole seconds, at least 1 (RFC 9110 §10.2.3 delay-seconds).</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
