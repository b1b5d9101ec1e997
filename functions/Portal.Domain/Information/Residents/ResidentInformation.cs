namespace Portal.Domain.Information.Residents;

/// <summary>わたしの情報 for one 確認対象日 (From = To) or a range, split into periods of unchanged records.</summary>
public sealed record ResidentInformation(DateOnly From, DateOnly To, IReadOnlyList<InformationPeriod> Periods);
