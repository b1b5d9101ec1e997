using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Submissions;

/// <summary>No such submission of the caller's (or it has expired): another resident's looks the same.</summary>
public sealed class SubmissionNotFoundException() : PortalException("No such submission for this caller.");
