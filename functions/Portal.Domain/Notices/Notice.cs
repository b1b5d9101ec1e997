using System.Text.Json.Serialization;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices;

/// <summary>
/// お知らせ: a notice an agency sent, in <c>notices</c> under its audience's key (<see cref="AudienceKeys"/>). One
/// document per notice whatever the audience's size: an area or segment notice is read by every resident whose
/// <see cref="AreaChain"/> holds its key; what a resident read is kept on their side (<see cref="NoticeReadMark"/>).
/// </summary>
public sealed record Notice : IDocument
{
    public const string DocumentType = "notice";

    /// <summary><c>ntc-</c> and 12 random bytes (<see cref="NoticeIdentifiers"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The partition: who it is addressed to (<see cref="AudienceKeys"/>).</summary>
    public required string AudienceKey { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>The agency client that sent it: only it may read its figures, change or withdraw it.</summary>
    public required string AgencyClientId { get; init; }

    /// <summary>The sending body as residents see it ("千代田区"): the client's registered name when sent.</summary>
    public required string SenderName { get; init; }

    /// <summary>The sending body's local government code, or null for a national agency.</summary>
    public string? SenderLocalGovernmentCode { get; init; }

    public required NoticeAudience Audience { get; init; }

    public required string Title { get; init; }

    /// <summary>Plain text: paragraphs separated by blank lines, https links to allowed hosts only.</summary>
    public required string Body { get; init; }

    /// <summary>One of <see cref="NoticeCategories"/>.</summary>
    public required string Category { get; init; }

    /// <summary>One of <see cref="NoticeImportance"/>.</summary>
    public required string Importance { get; init; }

    /// <summary>PDFs in blob storage (<see cref="Attachments.NoticeAttachmentStore"/>): the notice holds references only.</summary>
    public IReadOnlyList<Attachments.NoticeAttachment> Attachments { get; init; } = [];

    /// <summary>When residents start to see it (the sending time, or later for a scheduled notice).</summary>
    public required DateTimeOffset PublishAt { get; init; }

    /// <summary>When it leaves the inboxes.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Set when the agency withdrew it: gone from every inbox from then on.</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>When its fan-out (pushes, e-mail) was started: set once, by whoever claimed it, when it was published.</summary>
    public DateTimeOffset? FanOutStartedAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The hash of the agency's Idempotency-Key: a retried send finds this notice instead of making another.</summary>
    public required string IdempotencyKeyHash { get; init; }

    /// <summary>
    /// The hash of what the agency first sent with that key (<c>Sending.NoticeIdempotency.RequestHash</c>): the same key
    /// with other content is refused. Null for notices the portal writes itself.
    /// </summary>
    public string? RequestHash { get; init; }

    /// <summary>Cosmos TTL in seconds: a notice is deleted a while after it expired.</summary>
    [JsonPropertyName("ttl")]
    public int? Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => AudienceKey;

    /// <summary>Where the notice stands at <paramref name="now"/> (<see cref="NoticeStates"/>).</summary>
    public string StateAt(DateTimeOffset now) => this switch
    {
        { WithdrawnAt: not null } => NoticeStates.Withdrawn,
        _ when ExpiresAt <= now => NoticeStates.Expired,
        _ when PublishAt > now => NoticeStates.Scheduled,
        _ => NoticeStates.Published,
    };

    /// <summary>Whether residents of the audience see it at <paramref name="now"/>.</summary>
    public bool IsLiveAt(DateTimeOffset now) => StateAt(now) == NoticeStates.Published;
}
