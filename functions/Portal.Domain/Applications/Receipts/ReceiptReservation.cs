using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Receipts;

/// <summary>
/// One issued receipt number in <c>receipts</c>: created only if absent, so a number is unique nationwide, and it names
/// the receiving body (the application's partition), so the number alone finds its application.
/// </summary>
public sealed record ReceiptReservation : IDocument
{
    public const string DocumentType = "receipt";

    /// <summary>The receipt number, grouped (<see cref="ReceiptNumber.ToString"/>).</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>The receiving body: the application's partition in <c>applications</c>.</summary>
    public required string LocalGovernmentCode { get; init; }

    public required string ResidentId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;
}
