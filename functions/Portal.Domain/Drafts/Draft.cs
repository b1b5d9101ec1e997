using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Drafts;

/// <summary>
/// A form draft (一時保存) in <c>drafts</c>, in its resident's partition: the answers so far as one JSON object, the
/// files attached, and when it expires. <see cref="DraftExpiry"/> removes it (and its blobs) at <see cref="ExpiresAt"/>;
/// <see cref="Ttl"/> is only a backstop, since a TTL deletion is invisible to the change feed and leaves blobs behind.
/// </summary>
public sealed record Draft : IDocument
{
    public const string DocumentType = "draft";

    public required string Id { get; init; }

    public required string ResidentId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string ProcedureId { get; init; }

    /// <summary>The 全国地方公共団体コード of the body the application will go to.</summary>
    public required string LocalGovernmentCode { get; init; }

    /// <summary>The procedure template's form, if it has one yet.</summary>
    public string? FormId { get; init; }

    /// <summary>The form version the answers are given against: the latest when the draft was started.</summary>
    public int? FormVersion { get; init; }

    /// <summary>The answers so far, as the form's field names; changed by JSON merge patch.</summary>
    public required JsonObject Data { get; init; }

    public IReadOnlyList<DraftAttachment> Attachments { get; init; } = [];

    /// <summary>Share of the form's required (and shown) answers given, 0–100; null when the procedure has no form.</summary>
    public int? Progress { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the expiry timer deletes it; every change moves it to <see cref="UpdatedAt"/> + the lifetime.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When the "will be deleted soon" e-mail was queued; cleared by a change (a new reminder may follow).</summary>
    public DateTimeOffset? ReminderSentAt { get; init; }

    /// <summary>Cosmos TTL in seconds, well after <see cref="ExpiresAt"/>: only for drafts the timer somehow missed.</summary>
    [JsonPropertyName("ttl")]
    public int? Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;
}
