using System.Text.Json.Serialization;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Status;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications;

/// <summary>
/// A submitted application (申請) in <c>applications</c>, partitioned by the receiving local government. The id is the
/// receipt number (受付番号, grouped form), unique within that body because the document is created only if absent.
/// What was submitted is immutable: corrections append <see cref="Revisions"/>; only status and history change.
/// </summary>
public sealed record Application : IDocument
{
    public const string DocumentType = "application";

    /// <summary>The receipt number, as <see cref="ReceiptNumber.ToString"/> writes it.</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>The receiving (offering) body's 全国地方公共団体コード; the partition key.</summary>
    public required string LocalGovernmentCode { get; init; }

    public required string ResidentId { get; init; }

    /// <summary>
    /// The applicant as the receiving body knows them (<see cref="Residents.References.ResidentRefs"/>): what the agency
    /// addresses a personal notice to. Null for applications received before refs existed.
    /// </summary>
    public string? ResidentRef { get; init; }

    public required string ProcedureId { get; init; }

    public required string FormId { get; init; }

    /// <summary>The form version of the first submission (a revision names its own).</summary>
    public required string FormVersion { get; init; }

    /// <summary>Oldest first; never empty. The last one is the current content.</summary>
    public required IReadOnlyList<ApplicationRevision> Revisions { get; init; }

    public required ApplicationStatus Status { get; init; }

    /// <summary>Every status change, oldest first.</summary>
    public IReadOnlyList<StatusChange> History { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The resident asked to be told of each status change by e-mail (to the account's address at the time).</summary>
    public bool NotifyByEmail { get; init; }

    /// <summary>
    /// The submission that created it: hex SHA-256 of the resident id and the client's Idempotency-Key (the key itself
    /// is not stored), so a retry is answered with this application.
    /// </summary>
    public string? SubmissionId { get; init; }

    [JsonIgnore]
    public string PartitionKey => LocalGovernmentCode;

    [JsonIgnore]
    public ApplicationRevision Current => Revisions[^1];

    /// <summary>This application moved to <paramref name="to"/> by <paramref name="actor"/>, with the change recorded.</summary>
    /// <exception cref="StatusTransitionRefusedException">The table does not allow it.</exception>
    public Application WithStatus(ApplicationStatus to, StatusActor actor, DateTimeOffset at, string? comment = null)
    {
        StatusTransitions.Ensure(Status, to, actor);
        return this with { Status = to, History = [.. History, new StatusChange(Status, to, at, actor, comment)] };
    }

    /// <summary>
    /// The resident's answer to a correction request: the corrected content appended as the next revision and the
    /// application back under review.
    /// </summary>
    /// <exception cref="StatusTransitionRefusedException">No correction was requested.</exception>
    public Application WithCorrection(ApplicationRevision corrected, DateTimeOffset at, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        var answered = WithStatus(ApplicationStatus.UnderReview, StatusActor.Resident, at, comment);
        return answered with { Revisions = [.. Revisions, corrected with { Number = Revisions.Count + 1 }] };
    }
}
