using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Email;

/// <summary>That the outbox sent (or began to send) the message of an <see cref="EmailOnce"/> key, in <c>sentEmails</c>.</summary>
public sealed record SentEmailMarker : IDocument
{
    public required string Id { get; init; }

    public required string Scope { get; init; }

    public required string Purpose { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    [JsonPropertyName("ttl")]
    public int? Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Scope;
}
