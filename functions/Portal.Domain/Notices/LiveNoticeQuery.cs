namespace Portal.Domain.Notices;

/// <summary>Which live notices to read: in these partitions, at this time, optionally of one category.</summary>
/// <param name="AudienceKeys">The partitions (an inbox: its area chain and its own key).</param>
/// <param name="PublishedAtOrBefore">Where the previous page ended; null from the newest.</param>
public sealed record LiveNoticeQuery(
    IReadOnlyList<string> AudienceKeys, DateTimeOffset Now, string? Category = null, DateTimeOffset? PublishedAtOrBefore = null);
