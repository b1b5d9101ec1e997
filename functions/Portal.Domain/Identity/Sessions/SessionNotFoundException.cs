using Portal.Domain.Errors;

namespace Portal.Domain.Identity.Sessions;

/// <summary>No active login with that id among the resident's own: also what another resident's id gives (404).</summary>
public sealed class SessionNotFoundException(string sessionId)
    : PortalException($"No session '{sessionId}' for this resident.")
{
    public string SessionId { get; } = sessionId;
}
