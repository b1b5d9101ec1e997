using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Submissions;

/// <summary>
/// One submission in progress (申請の送信) in <c>submissions</c>, in the resident's partition, keyed by the hash of the
/// resident and the client's Idempotency-Key: the canonical document as built from the draft, the card request that
/// signs it, and — once reserved — the receipt number. A retry with the same key finds this document and never
/// starts a second application. TTL removes it after <see cref="SubmissionService.Retention"/>.
/// </summary>
public sealed record Submission : IDocument
{
    public const string DocumentType = "submission";

    /// <summary>See <see cref="SubmissionIds.For"/>.</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string ResidentId { get; init; }

    /// <summary>What the client asked with: a retry must ask the same.</summary>
    public required string DraftId { get; init; }

    public bool NotifyByEmail { get; init; }

    /// <summary>The receipt number (grouped) of the application this corrects (補正), or null for a new application.</summary>
    public string? CorrectionOf { get; init; }

    public required string ProcedureId { get; init; }

    /// <summary>The procedure's name, for the signer's description and the confirmation e-mail.</summary>
    public required string ProcedureName { get; init; }

    public required string FormId { get; init; }

    public required string FormVersion { get; init; }

    /// <summary>The receiving (offering) body: the application's partition.</summary>
    public required string LocalGovernmentCode { get; init; }

    public required string BodyName { get; init; }

    /// <summary>Base64 of the canonical document: the exact bytes signed and stored.</summary>
    public required string Document { get; init; }

    public required string DocumentSha256 { get; init; }

    public required IReadOnlyList<SubmissionAttachment> Attachments { get; init; }

    /// <summary>Set when a proxy submits for the resident: kept with the revision as evidence.</summary>
    public ProxyFiling? FiledBy { get; init; }

    /// <summary>The sign card request; null when the procedure needs no signature.</summary>
    public string? CardRequestId { get; init; }

    /// <summary>Base64 of the DER signed attributes the card signs (the request's dataToSign).</summary>
    public string? SignedAttributes { get; init; }

    public DateTimeOffset? CardRequestExpiresAt { get; init; }

    /// <summary>The sign request's code (XXXX-XXXX), shown again to the resident who resumes; only in their own partition.</summary>
    public string? CardRequestUserCode { get; init; }

    /// <summary>One of <see cref="SubmissionStates"/>.</summary>
    public required string State { get; init; }

    /// <summary>Grouped 受付番号: reserved before the application is created (a correction keeps the corrected one's).</summary>
    public string? ReceiptNumber { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Why the card's answer was refused, when <see cref="State"/> is refused.</summary>
    public SubmissionRefusal? Refusal { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("ttl")]
    public int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => ResidentId;

    [JsonIgnore]
    public bool IsSubmitted => State == SubmissionStates.Submitted;
}
