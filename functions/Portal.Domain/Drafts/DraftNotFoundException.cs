using Portal.Domain.Errors;

namespace Portal.Domain.Drafts;

/// <summary>No draft (or attachment) with that id among the resident's own: also what another resident's id gives (404).</summary>
public sealed class DraftNotFoundException(string draftId)
    : PortalException($"No draft '{draftId}' for this resident.")
{
    public string DraftId { get; } = draftId;
}
