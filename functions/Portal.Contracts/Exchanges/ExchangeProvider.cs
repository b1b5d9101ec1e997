namespace Portal.Contracts.Exchanges;

/// <summary>One providing body and the records it answered.</summary>
public sealed record ExchangeProvider(ExchangeBody Provider, IReadOnlyList<ExchangedRecord> Records);
