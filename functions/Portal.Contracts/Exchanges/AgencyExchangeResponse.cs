namespace Portal.Contracts.Exchanges;

/// <summary>An exchange's answer: the category, the task as the law names it, the day asked, and each provider's records.</summary>
public sealed record AgencyExchangeResponse(string Category, string Purpose, string PurposeName, DateOnly AsOf, IReadOnlyList<ExchangeProvider> Providers);
