namespace Portal.Domain.Information.Records;

/// <summary>The outcome of a PUT: the version now current, and whether this call made it (false: the same was said before).</summary>
public sealed record RecordedInformation(InformationRecord Record, bool Created);
