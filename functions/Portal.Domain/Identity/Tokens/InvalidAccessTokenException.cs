using Portal.Domain.Errors;

namespace Portal.Domain.Identity.Tokens;

/// <summary>A bearer token that is malformed, forged, expired or meant for someone else.</summary>
public sealed class InvalidAccessTokenException(string reason, Exception? inner = null)
    : PortalException($"The access token is not valid: {reason}", inner)
{
    public string Reason { get; } = reason;
}
