using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Portal.Contracts.Histories;
using Portal.Domain.Histories;

namespace Portal.Domain.OperationHistory;

/// <summary>
/// One line of 操作履歴: what was done, by whom, for whom, through which client, with what outcome. Written once,
/// never changed: the store has no update or delete for it. Partitioned by the principal, whose history it is.
/// Each is a link of the principal's hash chain (<see cref="Sequence"/>, <see cref="Hash"/>); records written before
/// the chain have neither and an id that starts with their time.
/// </summary>
/// <param name="Operation">A stable code ("sign-in", "account.email.change", ...), translated for display at the edge.</param>
/// <param name="Target">What it acted on (a draft id, an application's receipt number); never personal data.</param>
public sealed record OperationRecord(
    string Id,
    [property: JsonPropertyName("residentId")] string PrincipalId,
    string ActorId,
    string ClientId,
    string Operation,
    string? Target,
    OperationOutcome Outcome,
    DateTimeOffset At) : IChainedEntry<OperationRecord>
{
    [JsonIgnore]
    public string PartitionKey => PrincipalId;

    [JsonPropertyName("seq")]
    public long? Sequence { get; init; }

    public string? Hash { get; init; }

    /// <summary>
    /// The delegation a proxy acted under (<see cref="ActorId"/> is then the proxy); null when the resident acted
    /// themself. In the chained entry only when set, so the hashes of entries without it are unchanged.
    /// </summary>
    public string? DelegationId { get; init; }

    /// <summary>
    /// In a proxy's own history: the principal the act was done for (<see cref="DelegationId"/> names the delegation);
    /// null in the principal's history and for a resident's own acts. In the chained entry only when set.
    /// </summary>
    public string? OnBehalfOf { get; init; }

    /// <summary>The time as a fixed-width UTC string, for exact time ranges (the id no longer starts with it).</summary>
    public string? TimeKey { get; init; }

    public OperationRecord WithHash(string hash) => this with { Hash = hash };

    /// <summary>The entry as the export shows it; the same members as a line of 操作履歴, and the sequence number.</summary>
    public JsonObject ToEntry()
    {
        var entry = new JsonObject
        {
            ["at"] = At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            ["operation"] = Operation,
            ["target"] = Target,
            ["clientId"] = ClientId,
            ["actorId"] = ActorId,
            ["outcome"] = Outcome.ToString().ToLowerInvariant(),
        };
        if (DelegationId is { } delegation)
        {
            entry["delegationId"] = delegation;
        }
        if (OnBehalfOf is { } principal)
        {
            entry["onBehalfOf"] = principal;
        }
        if (Sequence is { } sequence)
        {
            entry[HistoryChainHash.SequenceMember] = sequence;
        }
        return entry;
    }
}
