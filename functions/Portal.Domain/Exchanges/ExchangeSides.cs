namespace Portal.Domain.Exchanges;

/// <summary>Whose data, who asked (and its ref of the resident), who provided (and its ref; null: the portal answered).</summary>
public sealed record ExchangeSides(string ResidentId, ExchangeParty Requester, string RequesterRef, ExchangeParty? Provider, string? ProviderRef);
