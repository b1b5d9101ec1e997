namespace Portal.Domain.Exchanges;

/// <summary>How long exchange records are kept and shown: 7 years (番号法施行令 §30), the same window residents see.</summary>
public static class ExchangeRetention
{
    public static readonly TimeSpan Period = TimeSpan.FromDays((365 * 7) + 2);
}
