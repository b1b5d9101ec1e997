using Portal.Contracts.Applications;
using Portal.Contracts.Forms;

namespace Bot.Core.Forms;

/// <summary>
/// The submission (to sign, or submitted); or, when the body takes no online applications, the print path; or the
/// fields the portal refused (application-invalid), each with its Japanese message.
/// </summary>
public sealed record SubmitOutcome(SubmissionView? Submission, string? PrintPath, IReadOnlyList<FieldErrorView>? Errors = null);
