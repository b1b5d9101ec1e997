using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Submissions;

/// <summary>The card request expired before the card signed: the submission can only be started again (a new key).</summary>
public sealed class SubmissionExpiredException() : PortalException("The signature was not given before the card request expired.");
