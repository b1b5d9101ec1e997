using Portal.Domain.Information.Records;

namespace Portal.Domain.Information.Residents;

/// <summary>Days over which the same records were valid (both ends inclusive), and those records.</summary>
public sealed record InformationPeriod(DateOnly From, DateOnly To, IReadOnlyList<InformationRecord> Records);
