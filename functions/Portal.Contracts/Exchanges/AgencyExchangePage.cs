namespace Portal.Contracts.Exchanges;

/// <summary>A page of an agency's exchange log, newest first; pass <paramref name="Continuation"/> back for the next.</summary>
public sealed record AgencyExchangePage(IReadOnlyList<AgencyExchangeEntry> Items, string? Continuation);
