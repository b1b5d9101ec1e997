using Portal.Domain.Applications.Status;

namespace Portal.Domain.Applications.Submissions;

/// <summary>A submission as it stands now: pending the card's signature, or submitted with its application's status.</summary>
/// <param name="Status">The application's current status once submitted; null while pending.</param>
public sealed record SubmissionProgress(Submission Submission, ApplicationStatus? Status);
