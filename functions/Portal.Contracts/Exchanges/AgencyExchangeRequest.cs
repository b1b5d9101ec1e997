namespace Portal.Contracts.Exchanges;

/// <summary>情報照会: the resident as this agency knows them, the category, the task (事務) and the day asked about (default today).</summary>
public sealed record AgencyExchangeRequest(string? ResidentRef, string? Category, string? Purpose, string? AsOf);
