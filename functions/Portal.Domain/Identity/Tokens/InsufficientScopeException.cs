using Portal.Domain.Errors;

namespace Portal.Domain.Identity.Tokens;

/// <summary>A valid token without the scope the endpoint needs (RFC 6750 §3.1 insufficient_scope, answered 403).</summary>
public sealed class InsufficientScopeException(string requiredScope)
    : PortalException($"The access token lacks the scope '{requiredScope}'.")
{
    public string RequiredScope { get; } = requiredScope;
}
