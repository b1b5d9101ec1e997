using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Exchanges;

/// <summary>
/// One line of an agency's own exchange log (<c>agencyExchangeLogs</c>, partitioned by the body): §23 has the
/// requester and the provider each keep a record. The resident appears only as this body's own residentRef — no
/// account id, no name, no address — and the document expires on its own after the 7-year retention.
/// </summary>
/// <param name="Id">The exchange's id and the side, so each side's entry is created once however often it is delivered.</param>
/// <param name="Side">"requester" or "provider": which side of the exchange this body was.</param>
public sealed record AgencyExchangeLogEntry(
    string Id,
    [property: JsonPropertyName("bodyCode")] string Body,
    string ExchangeId,
    string Side,
    string ResidentRef,
    DateTimeOffset At,
    string Kind,
    ExchangeParty Requester,
    ExchangeParty? Provider,
    string? Category,
    string? Purpose,
    string? Target,
    bool Withheld,
    string Outcome,
    [property: JsonPropertyName("ttl")] int Ttl) : IDocument
{
    public const string RequesterSide = "requester";

    public const string ProviderSide = "provider";

    [JsonIgnore]
    public string PartitionKey => Body;

    public static AgencyExchangeLogEntry Of(ExchangeEvent exchange, string side, TimeSpan retention)
    {
        var (body, residentRef) = side == RequesterSide
            ? (exchange.Requester.Body, exchange.RequesterRef)
            : (exchange.Provider!.Body, exchange.ProviderRef!);
        return new AgencyExchangeLogEntry($"{exchange.Id}-{side[0]}", body, exchange.Id, side, residentRef, exchange.At,
            exchange.Kind, exchange.Requester, exchange.Provider, exchange.Category, exchange.Purpose, exchange.Target,
            exchange.Withheld, exchange.Outcome, (int)retention.TotalSeconds);
    }
}
