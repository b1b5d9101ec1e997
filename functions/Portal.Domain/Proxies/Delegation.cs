using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Proxies;

/// <summary>
/// 代理人の設定: one resident (the principal, 委任者) lets another (the proxy, 代理人) act for them — the services and
/// わたしの情報 categories chosen, for a period. Either side starts it (<see cref="DelegationDirections"/>); the other
/// side's own card accepts it. In <c>residents</c> under a partition of its own (<c>delegation-{id}</c>): a pending
/// delegation started by a proxy has no principal yet, and every request a proxy makes reads it by one point read.
/// Each party finds it through a <see cref="DelegationReference"/> in their own partition.
/// </summary>
public sealed record Delegation : IDocument
{
    public const string DocumentType = "delegation";

    public const string PartitionPrefix = "delegation-";

    /// <summary>128 random bits, base64url; also named in tokens (<c>dlg</c>) and in 操作履歴.</summary>
    public required string Id { get; init; }

    /// <summary>The partition: <see cref="PartitionPrefix"/> and the id.</summary>
    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>Who started it: one of <see cref="DelegationDirections"/>.</summary>
    public required string Direction { get; init; }

    /// <summary>The principal's account; null while a delegation a proxy started is pending.</summary>
    public string? PrincipalId { get; init; }

    /// <summary>The proxy's account; null while a delegation a principal started is pending.</summary>
    public string? ProxyId { get; init; }

    /// <summary>
    /// The other party as the starting party named them: the accepting card's signing certificate must carry this
    /// name and date of birth, so a third person's card cannot accept.
    /// </summary>
    public required NamedPerson Invited { get; init; }

    /// <summary>The principal's name as shown to the proxy (「山田 花子 さんの代理として」); from the card, never typed.</summary>
    public string? PrincipalName { get; init; }

    /// <summary>The proxy's name as shown to the principal (「代理人 山田 一郎」); from the card, never typed.</summary>
    public string? ProxyName { get; init; }

    /// <summary>One of <see cref="ProxyKinds"/>: 任意代理人 or 法定代理人.</summary>
    public required string Kind { get; init; }

    /// <summary>For a 法定代理人, one of <see cref="LegalBases"/>; null for a 任意代理人.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>What the proxy may use: <see cref="DelegatedServices"/> values.</summary>
    public required IReadOnlyList<string> Services { get; init; }

    /// <summary>わたしの情報 categories the proxy may read (only with <see cref="DelegatedServices.Information"/>).</summary>
    public IReadOnlyList<string> InformationCategories { get; init; } = [];

    public required DateTimeOffset ValidFrom { get; init; }

    /// <summary>Exclusive. For 親権者, the child's 18th birthday at the latest: it then ends by itself.</summary>
    public required DateTimeOffset ValidUntil { get; init; }

    /// <summary>One of <see cref="DelegationStates"/>.</summary>
    public string State { get; init; } = DelegationStates.Pending;

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>A pending delegation not accepted by then is refused (the card request has expired long before).</summary>
    public required DateTimeOffset AcceptBy { get; init; }

    /// <summary>The card request the other party answers to accept, while pending.</summary>
    public string? CardRequestId { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>The accepting card's signature over the terms, kept as evidence of who accepted what.</summary>
    public DelegationAcceptance? Acceptance { get; init; }

    /// <summary>When it was cancelled, resigned or declined; null while pending or active.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The account that ended it (the principal cancelling, the proxy resigning).</summary>
    public string? EndedBy { get; init; }

    /// <summary>Why it was declined: one of <see cref="Appointing.DeclineReasons"/>; null unless declined.</summary>
    public string? DeclineReason { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    public static string PartitionOf(string id) => PartitionPrefix + id;

    /// <summary>Whether the proxy may act for the principal at <paramref name="now"/>: accepted, not ended, in its period.</summary>
    public bool IsEffectiveAt(DateTimeOffset now) =>
        State == DelegationStates.Active && ValidFrom <= now && now < ValidUntil;

    public bool Allows(string service) => Services.Contains(service, StringComparer.Ordinal);

    public bool AllowsCategory(string category) =>
        Allows(DelegatedServices.Information) && InformationCategories.Contains(category, StringComparer.Ordinal);
}
