using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Proxies;

/// <summary>
/// A delegation as one party finds it: in <c>residents</c> under that party's partition (id <c>delegationref-{id}</c>),
/// so 代理人一覧 and 委任者一覧 are single-partition reads. Written for the starting party when it is started and for
/// the accepting party when accepted; the delegation itself stays the one source of its state.
/// </summary>
public sealed record DelegationReference : IDocument
{
    public const string DocumentType = "delegationRef";

    public const string IdPrefix = "delegationref-";

    public required string Id { get; init; }

    /// <summary>The party's account.</summary>
    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string DelegationId { get; init; }

    /// <summary>This party's side: <see cref="DelegationRoles"/>.</summary>
    public required string Role { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    public static string IdOf(string delegationId) => IdPrefix + delegationId;
}
