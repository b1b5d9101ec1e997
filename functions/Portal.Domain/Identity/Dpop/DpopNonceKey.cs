using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Dpop;

/// <summary>
/// The key DPoP nonces are made with, in <c>grants</c> (one document): 32 random bytes, created by whichever instance
/// needs it first, so every instance accepts the nonces any other gave out.
/// </summary>
public sealed record DpopNonceKey : IDocument
{
    public const string DocumentType = "dpopNonceKey";

    public const string TheId = "dpop-nonce-key";

    public string Id { get; init; } = TheId;

    public string Type { get; init; } = DocumentType;

    /// <summary>Base64.</summary>
    public required string Key { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;
}
