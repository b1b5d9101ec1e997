using System.Globalization;
using Portal.Contracts.Errors;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Residents;
using Portal.Domain.Applications.Status;
using Portal.Domain.Errors;
using Portal.Domain.Identity.Clients;
using Portal.Domain.OperationHistory;
using Portal.Domain.Privacy;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Agencies;

/// <summary>
/// The receiving side of 電子申請 for an agency's system: only ever its own partition (<see cref="AgencyPartition"/>),
/// so another body's application is not found, exactly like one that does not exist.
/// </summary>
public sealed class AgencyApplicationService(
    ApplicationRepository repository,
    ApplicationAttachmentStore attachments,
    ApplicationStatusChanger changer,
    OperationHistoryStore history)
{
    public const int MaxCommentLength = 2000;

    /// <summary>Dates in the list filter are days in Japan, where the agencies and residents are.</summary>
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>
    /// The agency's applications, oldest first (a work queue), optionally of one status and submitted between two days
    /// (inclusive, Japan time), one page at a time.
    /// </summary>
    /// <exception cref="InvalidInputException">Every bad parameter, named together.</exception>
    public async Task<Page<Application>> ListAsync(AgencyContext agency, string? status, string? from, string? to,
        string? limit, string? continuation, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        ApplicationStatus? wanted = null;
        if (status is not null)
        {
            if (ApplicationStatusCodes.TryParse(status, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add(new FieldError("status", FieldErrorCodes.UnknownStatus));
            }
        }
        var start = Day("from", from, errors);
        var end = Day("to", to, errors);
        if (start is not null && end is not null && start > end)
        {
            errors.Add(new FieldError("from", FieldErrorCodes.InvalidRange));
        }
        var size = ApplicationPaging.Limit(limit, errors);
        var token = ApplicationPaging.Continuation(continuation, errors);
        InvalidInputException.ThrowIfAny(errors);

        try
        {
            var page = await repository.ListReceivedAsync(AgencyPartition.Of(agency), wanted, start, end?.AddDays(1), size, token,
                cancellationToken);
            return page with { ContinuationToken = ApplicationPaging.Encode(page.ContinuationToken) };
        }
        catch (InvalidContinuationException)
        {
            throw InvalidInputException.For("continuation", FieldErrorCodes.InvalidContinuation);
        }
    }

    /// <exception cref="ApplicationNotFoundException">Not received by this agency's body.</exception>
    public async Task<Stored<Application>> GetAsync(AgencyContext agency, string receiptNumber, CancellationToken cancellationToken) =>
        await repository.ReadAsync(AgencyPartition.Of(agency), ReceiptNumberInput.Normalize(receiptNumber), cancellationToken)
            ?? throw new ApplicationNotFoundException();

    /// <param name="revision">The revision's number (1 = the first submission).</param>
    /// <param name="index">The 1-based position in that revision's attachment list.</param>
    /// <exception cref="ApplicationNotFoundException">Not received by this agency's body.</exception>
    /// <exception cref="ApplicationAttachmentNotFoundException">No such revision or attachment, or its file is missing.</exception>
    public async Task<ApplicationAttachmentContent> OpenAttachmentAsync(
        AgencyContext agency, string receiptNumber, int revision, int index, CancellationToken cancellationToken)
    {
        var application = (await GetAsync(agency, receiptNumber, cancellationToken)).Document;
        var named = application.Revisions.FirstOrDefault(r => r.Number == revision) is { } found && index >= 1 && index <= found.Attachments.Count
            ? found.Attachments[index - 1]
            : throw new ApplicationAttachmentNotFoundException(revision, index);
        var content = await attachments.OpenReadAsync(application.LocalGovernmentCode, application.Id, revision, index, cancellationToken)
            ?? throw new ApplicationAttachmentNotFoundException(revision, index);
        return new ApplicationAttachmentContent(named, content);
    }

    /// <summary>
    /// The agency's decision: allowed by the table from the current status, with a comment the resident reads (required
    /// when it asks for a correction or rejects), recorded in the resident's 操作履歴 and published.
    /// </summary>
    /// <exception cref="InvalidInputException">An unknown status, a missing or too long comment.</exception>
    /// <exception cref="IndividualNumberRefusedException">The comment contains an individual number.</exception>
    /// <exception cref="ApplicationNotFoundException">Not received by this agency's body.</exception>
    /// <exception cref="StatusTransitionRefusedException">The table does not allow it.</exception>
    /// <exception cref="Errors.ConcurrencyConflictException"><paramref name="ifMatch"/> is stale.</exception>
    public async Task<Stored<Application>> ChangeStatusAsync(AgencyContext agency, string receiptNumber, string? status, string? comment,
        string? ifMatch, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!ApplicationStatusCodes.TryParse(status, out var to))
        {
            errors.Add(new FieldError("status", status is null ? FieldErrorCodes.Required : FieldErrorCodes.UnknownStatus));
        }
        else if (text is null && to is ApplicationStatus.CorrectionRequested or ApplicationStatus.Rejected)
        {
            // The resident must learn what to correct, or why it was refused.
            errors.Add(new FieldError("comment", FieldErrorCodes.Required));
        }
        if (text is { Length: > MaxCommentLength })
        {
            errors.Add(new FieldError("comment", FieldErrorCodes.TooLong, MaxCommentLength));
        }
        InvalidInputException.ThrowIfAny(errors);
        // The comment is kept in the history the resident reads: no place for an individual number.
        IndividualNumberGuard.EnsureNone(text, "comment");
        var stored = await changer.ChangeAsync(AgencyPartition.Of(agency), ReceiptNumberInput.Normalize(receiptNumber), _ => true, to,
            StatusActor.Agency, text, ifMatch, cancellationToken);
        // In the resident's own history: the agency (its client id) acted on their application.
        await history.AppendAsync(new ResidentContext(agency.ClientId, stored.Document.ResidentId, agency.ClientId),
            ApplicationOperations.AgencyStatusChange, stored.Document.Id, OperationOutcome.Succeeded, cancellationToken);
        return stored;
    }

    private static DateTimeOffset? Day(string field, string? value, List<FieldError> errors)
    {
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), JapanOffset);
        }
        errors.Add(new FieldError(field, FieldErrorCodes.InvalidDate));
        return null;
    }
}
