namespace Portal.Domain.Quotas;

/// <summary>
/// What a <see cref="DailyQuota"/> counts. Every purpose is listed here, so no two share an id prefix (and a count).
/// </summary>
public sealed record DailyQuotaPurpose(string IdPrefix, string DocumentType)
{
    /// <summary>New notices (the prefix and type counters had before they were shared, so a day in progress keeps its count).</summary>
    public static readonly DailyQuotaPurpose Notices = new("ndc", "noticeDailyCount");

    /// <summary>本人確認情報の照会, every one tried, found or not.</summary>
    public static readonly DailyQuotaPurpose ResidentLookups = new("ldc", "lookupDailyCount");
}
