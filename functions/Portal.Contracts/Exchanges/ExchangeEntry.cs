namespace Portal.Contracts.Exchanges;

/// <summary>One line of やりとり履歴: 日時, 照会機関, 提供機関 (null: the portal answered), 情報の項目, 事務, 不開示の有無.</summary>
/// <param name="Kind">"exchange", "lookup", "application-read", "file-download" or "site-provision".</param>
/// <param name="Outcome">"provided" or "refused".</param>
/// <param name="CategoryName">情報の項目 as residents read it (the catalogue's name of <paramref name="Category"/>).</param>
/// <param name="PurposeName">事務 as residents read it (the allowed-purpose table's name of <paramref name="Purpose"/>).</param>
public sealed record ExchangeEntry(
    DateTimeOffset At, string ExchangeId, string Kind, ExchangeBody Requester, ExchangeBody? Provider, string? Category,
    string? Purpose, string? Target, bool Withheld, string Outcome, string? CategoryName, string? PurposeName);
