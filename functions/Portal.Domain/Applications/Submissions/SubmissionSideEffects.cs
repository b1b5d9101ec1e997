using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Accounts;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Status;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Email;

namespace Portal.Domain.Applications.Submissions;

/// <summary>
/// What follows a stored application, once: the draft (and its files) removed, the status event published, the
/// confirmation e-mail queued when the resident asked for it. The application is already the record, so a failure
/// here is logged, not thrown: the draft still expires on its own, and a lost event loses a notification only.
/// </summary>
public sealed class SubmissionSideEffects(
    DraftRepository drafts,
    AttachmentStore draftFiles,
    ApplicationEventPublisher events,
    AccountRepository accounts,
    EmailOutbox outbox,
    ILogger<SubmissionSideEffects>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<SubmissionSideEffects>.Instance;

    /// <returns>The draft file's bytes, or null when it is gone.</returns>
    public Task<Stream?> OpenDraftFileAsync(Submission submission, SubmissionAttachment attachment, CancellationToken cancellationToken) =>
        draftFiles.OpenReadAsync(submission.ResidentId, submission.DraftId, attachment.DraftAttachmentId, cancellationToken);

    /// <param name="revision">The revision now current (1 for a new application).</param>
    public async Task AfterStoredAsync(Submission submission, int revision, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await TryAsync("draft-removal", submission, async () =>
        {
            await draftFiles.DeleteAllAsync(submission.ResidentId, submission.DraftId, cancellationToken);
            await drafts.DeleteAsync(submission.ResidentId, submission.DraftId, null, cancellationToken);
        });
        await TryAsync("event", submission, () => events.PublishAsync(Event(submission, revision, at), cancellationToken));
        if (submission.NotifyByEmail)
        {
            await TryAsync("confirmation-mail", submission, async () =>
            {
                var account = await accounts.FindAsync(submission.ResidentId, cancellationToken);
                if (account?.Document.Email is { Length: > 0 } to)
                {
                    await outbox.EnqueueAsync(ReceiptConfirmationMail.For(to, submission, at), cancellationToken);
                }
            });
        }
    }

    private static ApplicationStatusChanged Event(Submission submission, int revision, DateTimeOffset at) => submission.CorrectionOf is null
        ? new(submission.ReceiptNumber!, submission.LocalGovernmentCode, submission.ResidentId, submission.ProcedureId,
            null, ApplicationStatus.Arrived, StatusActor.Resident, at, revision)
        : new(submission.ReceiptNumber!, submission.LocalGovernmentCode, submission.ResidentId, submission.ProcedureId,
            ApplicationStatus.CorrectionRequested, ApplicationStatus.UnderReview, StatusActor.Resident, at, revision);

    private async Task TryAsync(string step, Submission submission, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "After storing application {ReceiptNumber}, the {Step} failed", submission.ReceiptNumber, step);
        }
    }
}
