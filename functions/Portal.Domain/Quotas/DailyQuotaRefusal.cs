namespace Portal.Domain.Quotas;

/// <summary>The day's allowance is used; it is given again after <paramref name="RetryAfter"/> (the next midnight in Japan).</summary>
public sealed record DailyQuotaRefusal(int Limit, TimeSpan RetryAfter);
