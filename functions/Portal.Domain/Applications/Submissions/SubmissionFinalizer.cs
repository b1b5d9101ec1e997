using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Status;
using Portal.Domain.Errors;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Residents.References;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Submissions;

/// <summary>
/// Drives a submission to its end: once the card has signed, assembles the CMS, verifies it (chain, revocation, the
/// binding to this card request), and stores the application under a receipt number. Safe to run concurrently (a
/// retried POST and a polling GET): the receipt number is reserved on the submission with If-Match first, so every
/// finalizer uses the same one; the application is created only if absent under it; and only the finalizer that
/// marks the submission submitted does the one-time work after (draft removal, event, e-mail, 操作履歴).
/// </summary>
public sealed class SubmissionFinalizer(
    SubmissionRepository repository,
    CardRequestService cardRequests,
    Func<ApplicationSignatureVerifier> verifier,
    ReceiptNumberIssuer issuer,
    ReceiptRepository receipts,
    ApplicationRepository applications,
    CorrectionTargets corrections,
    ApplicationAttachmentStore applicationFiles,
    SubmissionSideEffects sideEffects,
    OperationHistoryStore history,
    ResidentRefIndex residentRefs,
    TimeProvider clock,
    ILogger<SubmissionFinalizer>? logger = null)
{
    private const int WriteAttempts = 5;

    private readonly ILogger _logger = logger ?? NullLogger<SubmissionFinalizer>.Instance;

    /// <exception cref="SubmissionExpiredException">The card request expired unanswered.</exception>
    /// <exception cref="SignatureRefusedException">The signature does not sign this document for this request.</exception>
    /// <exception cref="CertificateRefusedException">The signing certificate is not valid now (revoked, expired...).</exception>
    public async Task<SubmissionProgress> AdvanceAsync(ResidentContext resident, Stored<Submission> stored, CancellationToken cancellationToken)
    {
        var submission = stored.Document;
        if (submission.IsSubmitted)
        {
            return await SubmittedAsync(submission, cancellationToken);
        }
        if (submission.Refusal is { } refused)
        {
            throw refused.ToException();
        }
        CardRequestOutcome? outcome = null;
        if (submission.CardRequestId is { } requestId)
        {
            try
            {
                outcome = await cardRequests.TakeOutcomeAsync(requestId, cancellationToken);
            }
            catch (CardRequestNotFoundException)
            {
                throw new SubmissionExpiredException();
            }
            if (outcome?.Signature is null)
            {
                return clock.GetUtcNow() >= submission.CardRequestExpiresAt
                    ? throw new SubmissionExpiredException()
                    : new SubmissionProgress(submission, null);
            }
        }
        var operation = submission.CorrectionOf is null ? SubmissionOperations.Receive : SubmissionOperations.ReceiveCorrection;
        try
        {
            return await FinalizeAsync(resident, stored, outcome, cancellationToken);
        }
        catch (Exception e) when (e is SignatureRefusedException or CertificateRefusedException { Refusal: not CertificateRefusal.RevocationUnknown }
            or StatusTransitionRefusedException or AttachmentChangedException)
        {
            _logger.LogInformation("Refused to store submission {SubmissionId}: {Reason}", submission.Id, e.GetType().Name);
            await KeepRefusalAsync(stored, e);
            await history.AppendAsync(resident, operation, null, OperationOutcome.Refused, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Records a refusal that cannot pass later on the submission; a concurrent change wins (it is asked again).</summary>
    private async Task KeepRefusalAsync(Stored<Submission> stored, Exception refusal)
    {
        if (SubmissionRefusal.Of(refusal) is not { } kept)
        {
            return;
        }
        try
        {
            await repository.ReplaceAsync(stored.Document with { State = SubmissionStates.Refused, Refusal = kept }, stored.ETag,
                CancellationToken.None);
        }
        catch (ConcurrencyConflictException)
        {
            // Another finalizer moved it on first; the next request reads what it wrote.
        }
    }

    private async Task<SubmissionProgress> FinalizeAsync(
        ResidentContext resident, Stored<Submission> stored, CardRequestOutcome? outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var revision = Revision(stored.Document, outcome, now);
        var submission = stored.Document;
        var number = 1;
        if (submission.CorrectionOf is null)
        {
            stored = await ReserveReceiptAsync(stored, now, cancellationToken);
            submission = stored.Document;
            if (submission.IsSubmitted)
            {
                // Read back after losing the reservation race: the winner finished meanwhile.
                return await SubmittedAsync(submission, cancellationToken);
            }
            await CopyAttachmentsAsync(submission, 1, cancellationToken);
            await CreateApplicationAsync(submission, revision with { Number = 1 }, now, cancellationToken);
        }
        else
        {
            number = await CorrectAsync(submission, revision, now, cancellationToken);
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await repository.ReplaceAsync(
                    submission with { State = SubmissionStates.Submitted, SubmittedAt = now }, stored.ETag, cancellationToken);
                break;
            }
            catch (ConcurrencyConflictException) when (attempt < WriteAttempts)
            {
                var current = await repository.ReadAsync(submission.ResidentId, submission.Id, cancellationToken)
                    ?? throw new SubmissionNotFoundException();
                if (current.Document.IsSubmitted)
                {
                    // Another finalizer got there first and does the one-time work.
                    return await SubmittedAsync(current.Document, cancellationToken);
                }
                stored = current;
            }
        }
        var submitted = submission with { State = SubmissionStates.Submitted, SubmittedAt = now };
        _logger.LogInformation("Stored application {ReceiptNumber} from submission {SubmissionId}", submitted.ReceiptNumber, submitted.Id);
        var operation = submitted.CorrectionOf is null ? SubmissionOperations.Receive : SubmissionOperations.ReceiveCorrection;
        await history.AppendAsync(resident, operation, submitted.ReceiptNumber, OperationOutcome.Succeeded, cancellationToken);
        await sideEffects.AfterStoredAsync(submitted, number, now, cancellationToken);
        return new SubmissionProgress(submitted,
            submitted.CorrectionOf is null ? ApplicationStatus.Arrived : ApplicationStatus.UnderReview);
    }

    /// <summary>The revision as it will be stored (numbered by the caller), with the verified signature when there is one.</summary>
    private ApplicationRevision Revision(Submission submission, CardRequestOutcome? outcome, DateTimeOffset now)
    {
        var document = Convert.FromBase64String(submission.Document);
        var revision = new ApplicationRevision
        {
            Number = 1,
            SubmittedAt = now,
            FormVersion = submission.FormVersion,
            Document = submission.Document,
            DocumentSha256 = submission.DocumentSha256,
            Attachments = [.. submission.Attachments.Select(a => a.Reference)],
            FiledBy = submission.FiledBy,
        };
        if (outcome is null)
        {
            return revision;
        }
        byte[] cms;
        try
        {
            cms = DetachedSignedData.Assemble(Convert.FromBase64String(submission.SignedAttributes!),
                Convert.FromBase64String(outcome.Signature!), Convert.FromBase64String(outcome.Certificate!));
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new SignatureRefusedException(SignatureRefusal.Malformed, "the card's answer cannot be assembled into a CMS.", e);
        }
        var verified = verifier().Verify(cms, document, now);
        if (verified.Binding?.RequestId != submission.CardRequestId)
        {
            throw new SignatureRefusedException(SignatureRefusal.Malformed, "the signature was made for another card request.");
        }
        return revision with { Cms = Convert.ToBase64String(cms), Signer = verified.Signer, Evidence = verified.Evidence };
    }

    /// <summary>
    /// The submission's receipt number: the one already on it, or a freshly reserved one written with If-Match. A
    /// finalizer that loses that write gives its number back and uses the winner's.
    /// </summary>
    private async Task<Stored<Submission>> ReserveReceiptAsync(Stored<Submission> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (stored.Document.ReceiptNumber is not null)
            {
                return stored;
            }
            var number = await issuer.ReserveAsync(stored.Document.LocalGovernmentCode, stored.Document.ResidentId, now, cancellationToken);
            try
            {
                return await repository.ReplaceAsync(stored.Document with { ReceiptNumber = number.ToString() }, stored.ETag, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < WriteAttempts)
            {
                await receipts.ReleaseAsync(number, CancellationToken.None);
                stored = await repository.ReadAsync(stored.Document.ResidentId, stored.Document.Id, cancellationToken)
                    ?? throw new SubmissionNotFoundException();
            }
        }
    }

    private async Task CopyAttachmentsAsync(Submission submission, int revision, CancellationToken cancellationToken)
    {
        for (var i = 0; i < submission.Attachments.Count; i++)
        {
            var attachment = submission.Attachments[i];
            await using var content = await sideEffects.OpenDraftFileAsync(submission, attachment, cancellationToken)
                ?? throw new AttachmentChangedException(i + 1);
            await applicationFiles.StoreAsync(submission.LocalGovernmentCode, submission.ReceiptNumber!, revision, i + 1,
                content, attachment.ContentType, attachment.Sha256, cancellationToken);
        }
    }

    private async Task CreateApplicationAsync(Submission submission, ApplicationRevision revision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Recorded before the application exists: the agency can address the ref from the moment it sees it.
        var residentRef = await residentRefs.GiveOutAsync(submission.LocalGovernmentCode, submission.ResidentId, cancellationToken);
        try
        {
            await applications.CreateAsync(new Application
            {
                Id = submission.ReceiptNumber!,
                LocalGovernmentCode = submission.LocalGovernmentCode,
                ResidentId = submission.ResidentId,
                ResidentRef = residentRef,
                ProcedureId = submission.ProcedureId,
                FormId = submission.FormId,
                FormVersion = submission.FormVersion,
                Revisions = [revision],
                Status = ApplicationStatus.Arrived,
                // The history the resident reads starts with the arrival itself.
                History = [new StatusChange(null, ApplicationStatus.Arrived, now, StatusActor.Resident, null)],
                CreatedAt = now,
                NotifyByEmail = submission.NotifyByEmail,
                SubmissionId = submission.Id,
            }, cancellationToken);
        }
        catch (DuplicateDocumentException)
        {
            // The number is this submission's alone (reserved nationwide): a concurrent finalizer created it.
        }
    }

    /// <summary>Appends the corrected revision with an ETag replace; a concurrent finalizer's append counts as done.</summary>
    /// <returns>The revision's number.</returns>
    private async Task<int> CorrectAsync(Submission submission, ApplicationRevision revision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await corrections.FindAsync(submission.ResidentId, submission.CorrectionOf!, cancellationToken);
            var application = stored.Document;
            if (application.Status != ApplicationStatus.CorrectionRequested && application.Revisions.Count > 1
                && application.Current.DocumentSha256 == submission.DocumentSha256)
            {
                return application.Revisions.Count;
            }
            var number = application.Revisions.Count + 1;
            await CopyAttachmentsAsync(submission, number, cancellationToken);
            var corrected = application.WithCorrection(revision with { Number = number }, now);
            try
            {
                await applications.ReplaceAsync(corrected, stored.ETag, cancellationToken);
                return number;
            }
            catch (ConcurrencyConflictException) when (attempt < WriteAttempts)
            {
                // Changed in between (the agency, or a concurrent finalizer): look again.
            }
        }
    }

    private async Task<SubmissionProgress> SubmittedAsync(Submission submission, CancellationToken cancellationToken)
    {
        var application = await applications.ReadAsync(submission.LocalGovernmentCode, submission.ReceiptNumber!, cancellationToken);
        return new SubmissionProgress(submission, application?.Document.Status ?? ApplicationStatus.Arrived);
    }
}
