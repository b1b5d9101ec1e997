using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Portal.Contracts.Histories;
using Portal.Domain.Histories;

namespace Portal.Domain.Exchanges;

/// <summary>
/// One line of やりとり履歴 in the resident's hash chain (<c>exchangeHistory</c>, partitioned by the resident): when,
/// who asked (照会機関), who provided (提供機関; null = the portal), 情報の項目, 事務, 不開示の有無, outcome. No refs and
/// nothing about the resident: the partition says whose it is.
/// </summary>
public sealed record ExchangeRecord(
    string Id,
    [property: JsonPropertyName("residentId")] string ResidentId,
    string ExchangeId,
    DateTimeOffset At,
    string Kind,
    ExchangeParty Requester,
    ExchangeParty? Provider,
    string? Category,
    string? Purpose,
    string? Target,
    bool Withheld,
    string Outcome) : IChainedEntry<ExchangeRecord>
{
    [JsonIgnore]
    public string PartitionKey => ResidentId;

    [JsonPropertyName("seq")]
    public long? Sequence { get; init; }

    public string? Hash { get; init; }

    /// <summary>The time as a fixed-width UTC string, for exact time ranges.</summary>
    public string? TimeKey { get; init; }

    public ExchangeRecord WithHash(string hash) => this with { Hash = hash };

    public static ExchangeRecord From(ExchangeEvent exchange, long sequence) =>
        new(ChainIds.Entry(sequence), exchange.ResidentId, exchange.Id, exchange.At, exchange.Kind, exchange.Requester,
            exchange.Provider, exchange.Category, exchange.Purpose, exchange.Target, exchange.Withheld, exchange.Outcome)
        {
            Sequence = sequence, TimeKey = HistoryQueryText.TimeKey(exchange.At),
        };

    /// <summary>The entry as the export shows it: the members of a line of やりとり履歴, its exchange id and sequence number.</summary>
    public JsonObject ToEntry() => new()
    {
        ["at"] = At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        ["exchangeId"] = ExchangeId,
        ["kind"] = Kind,
        ["requester"] = Party(Requester),
        ["provider"] = Provider is null ? null : Party(Provider),
        ["category"] = Category,
        ["purpose"] = Purpose,
        ["target"] = Target,
        ["withheld"] = Withheld,
        ["outcome"] = Outcome,
        [HistoryChainHash.SequenceMember] = Sequence,
    };

    private static JsonObject Party(ExchangeParty party) => new() { ["body"] = party.Body, ["name"] = party.Name };
}
