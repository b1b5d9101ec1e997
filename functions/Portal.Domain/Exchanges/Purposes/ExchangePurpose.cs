namespace Portal.Domain.Exchanges.Purposes;

/// <summary>One row of the allowed-purpose table: a kind of body may ask for a category for a task (事務).</summary>
/// <param name="Name">The task as the law names it, shown to residents.</param>
public sealed record ExchangePurpose(string RequesterKind, string Category, string Purpose, string Name);
