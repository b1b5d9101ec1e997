namespace Portal.Contracts.Information;

/// <summary>
/// GET /api/me/information: for one 確認対象日 (From = To, one period) or a range split where any record starts or
/// stops being valid, the records valid throughout each period, by category and provider.
/// </summary>
public sealed record MyInformationView(DateOnly From, DateOnly To, IReadOnlyList<MyInformationPeriodView> Periods);
