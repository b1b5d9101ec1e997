using Portal.Contracts.Applications;
using Portal.Contracts.CardRequests;
using Portal.Domain.Applications.Status;
using Portal.Domain.Applications.Submissions;

namespace Portal.Functions.Applications;

/// <summary>Submissions as the API shows them.</summary>
internal static class SubmissionViews
{
    /// <param name="issuer">The portal's issuer, the base of the signer link (<see cref="CardRequestLink"/>).</param>
    public static SubmissionView View(SubmissionProgress progress, Uri issuer)
    {
        var submission = progress.Submission;
        if (submission.IsSubmitted)
        {
            return new SubmissionView(submission.Id, SubmissionStates.Submitted, null, submission.ReceiptNumber,
                ApplicationStatusCodes.Of(progress.Status ?? ApplicationStatus.Arrived), submission.SubmittedAt);
        }
        var card = submission.CardRequestId is { } id
            ? new SubmissionCardRequestView(id, CardRequestLink.For(issuer, id), submission.CardRequestUserCode!, submission.CardRequestExpiresAt!.Value)
            : null;
        return new SubmissionView(submission.Id, SubmissionStates.PendingSignature, card, null, null, null);
    }
}
