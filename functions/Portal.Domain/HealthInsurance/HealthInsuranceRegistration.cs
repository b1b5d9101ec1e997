using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.HealthInsurance;

/// <summary>
/// マイナ保険証の利用登録: the resident's card may be used as the health insurance card. One document in <c>residents</c>,
/// in the resident's partition, under a fixed id; deleted with the account or when the resident withdraws (解除).
/// </summary>
public sealed record HealthInsuranceRegistration : IDocument
{
    public const string DocumentType = "healthInsuranceRegistration";

    public const string DocumentId = "healthinsuranceregistration";

    public string Id { get; init; } = DocumentId;

    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required DateTimeOffset RegisteredAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;
}
