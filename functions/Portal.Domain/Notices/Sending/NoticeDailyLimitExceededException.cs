using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Sending;

/// <summary>The agency sent its day's allowance of notices; it may send again at the next midnight in Japan.</summary>
public sealed class NoticeDailyLimitExceededException(int limit, TimeSpan retryAfter)
    : PortalException($"The daily limit of {limit} notices is reached.")
{
    public int Limit { get; } = limit;

    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>Whole seconds, at least 1 (RFC 9110 §10.2.3 delay-seconds).</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
