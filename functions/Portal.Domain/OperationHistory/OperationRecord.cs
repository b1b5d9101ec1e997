using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.OperationHistory;

/// <summary>
/// One line of 操作履歴: what was done, by whom, for whom, through which client, with what outcome. Written once,
/// never changed: the store has no update or delete for it. Partitioned by the principal, whose history it is.
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
    DateTimeOffset At) : IDocument
{
    [JsonIgnore]
    public string PartitionKey => PrincipalId;
}
