using Portal.Contracts.Applications;

namespace Bot.Core.Forms;

/// <summary>The submission (to sign, or submitted), or, when the body takes no online applications, the print path.</summary>
public sealed record SubmitOutcome(SubmissionView? Submission, string? PrintPath);
