using Portal.Domain.Errors;

namespace Portal.Domain.Identity;

/// <summary>
/// The token is valid but does not allow this endpoint: a pending account's <c>registration</c> token on a
/// <c>portal</c> endpoint, say (RFC 6750 insufficient_scope, answered 403).
/// </summary>
public sealed class InsufficientScopeException(IReadOnlyList<string> acceptedScopes)
    : PortalException($"The token has none of the scopes [{string.Join(' ', acceptedScopes)}].")
{
    public IReadOnlyList<string> AcceptedScopes { get; } = acceptedScopes;
}
