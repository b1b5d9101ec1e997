using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Submissions;

/// <summary>The procedure, or its offering at the draft's place, does not take online applications: print it instead.</summary>
public sealed class ApplicationNotOnlineException(string draftId)
    : PortalException("The procedure is not offered online at this place.")
{
    public string DraftId { get; } = draftId;
}
