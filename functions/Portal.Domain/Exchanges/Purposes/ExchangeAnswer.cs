namespace Portal.Domain.Exchanges.Purposes;

/// <summary>An exchange's answer: the task it was allowed for, the day asked, and each provider's records.</summary>
public sealed record ExchangeAnswer(ExchangePurpose Purpose, DateOnly AsOf, IReadOnlyList<ExchangedRecords> Providers);
