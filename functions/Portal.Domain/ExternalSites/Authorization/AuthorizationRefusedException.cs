using Portal.Domain.Errors;

namespace Portal.Domain.ExternalSites.Authorization;

/// <summary>The authorization page cannot go on; nothing was changed.</summary>
public sealed class AuthorizationRefusedException(AuthorizationRefusal refusal, string message) : PortalException(message)
{
    public AuthorizationRefusal Refusal { get; } = refusal;
}
