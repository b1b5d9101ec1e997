namespace Portal.Contracts.Exchanges;

/// <summary>One line of an agency's own exchange log; the resident only as this agency's own residentRef.</summary>
/// <param name="Side">"requester" or "provider": which side of the exchange this agency was.</param>
public sealed record AgencyExchangeEntry(
    DateTimeOffset At, string ExchangeId, string Side, string ResidentRef, string Kind, ExchangeBody Requester,
    ExchangeBody? Provider, string? Category, string? Purpose, string? Target, bool Withheld, string Outcome);
