namespace Portal.Domain.Exchanges;

/// <summary>
/// One exchange as the outbox carries it, before it is written anywhere: the resident's chained entry and each
/// agency's log entry are all made from it, keyed by <paramref name="Id"/>, so a redelivery writes nothing twice.
/// </summary>
/// <param name="Id">Time-led (<c>{time key}-{random}</c>), so logs keyed by it list in time order.</param>
/// <param name="ResidentId">The account whose data it was; only the resident's own partition ever holds it.</param>
/// <param name="RequesterRef">The requester's residentRef of the resident, for the requester's own log.</param>
/// <param name="Provider">The providing body; null when the portal itself answered (a lookup, an application read).</param>
/// <param name="ProviderRef">The provider's residentRef of the resident, for the provider's own log.</param>
/// <param name="Category">情報の項目 (a catalogue category id), when the exchange was about one.</param>
/// <param name="Purpose">事務: a purpose code of the allowed-purpose table, or the read's reason code.</param>
/// <param name="Target">What was read (an application's receipt number), never personal data.</param>
public sealed record ExchangeEvent(
    string Id,
    string ResidentId,
    DateTimeOffset At,
    string Kind,
    ExchangeParty Requester,
    string RequesterRef,
    ExchangeParty? Provider,
    string? ProviderRef,
    string? Category,
    string? Purpose,
    string? Target,
    bool Withheld,
    string Outcome);
