namespace Portal.Contracts.Histories;

/// <summary>
/// Where a chain starts after retention deleted its oldest entries (older than 7 years): the first kept sequence number
/// and the hash of the entry before it, so the kept entries still link. Absent while nothing was deleted.
/// </summary>
public sealed record HistoryCheckpoint(long FirstSequence, string PreviousHash);
