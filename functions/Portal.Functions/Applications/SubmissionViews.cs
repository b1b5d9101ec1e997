using Portal.Contracts.Applications;
using Portal.Domain.Applications.Status;
using Portal.Domain.Applications.Submissions;

namespace Portal.Functions.Applications;

/// <summary>Submissions as the API shows them.</summary>
internal static class SubmissionViews
{
    public static SubmissionView View(SubmissionProgress progress, string signerLinkBase)
    {
        var submission = progress.Submission;
        if (submission.IsSubmitted)
        {
            return new SubmissionView(submission.Id, SubmissionStates.Submitted, null, submission.ReceiptNumber,
                ApplicationStatusCodes.Of(progress.Status ?? ApplicationStatus.Arrived), submission.SubmittedAt);
        }
        var card = submission.CardRequestId is { } id
            ? new SubmissionCardRequestView(id, signerLinkBase + id, submission.CardRequestExpiresAt!.Value)
            : null;
        return new SubmissionView(submission.Id, SubmissionStates.PendingSignature, card, null, null, null);
    }
}
