using Portal.Domain.Errors;

namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>
/// An OAuth error (RFC 6749 §5.2, RFC 8628 §3.5): its <see cref="Error"/> code is the protocol's, so the edge answers
/// it in the protocol's JSON shape, not as problem+json.
/// </summary>
public sealed class OAuthErrorException(string error, string description)
    : PortalException($"OAuth error {error}: {description}")
{
    public string Error { get; } = error;

    public string Description { get; } = description;
}

/// <summary>The error codes used.</summary>
public static class OAuthErrors
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidClient = "invalid_client";
    public const string InvalidGrant = "invalid_grant";
    public const string UnauthorizedClient = "unauthorized_client";
    public const string UnsupportedGrantType = "unsupported_grant_type";
    public const string InvalidScope = "invalid_scope";
    public const string AuthorizationPending = "authorization_pending";
    public const string SlowDown = "slow_down";
    public const string AccessDenied = "access_denied";
    public const string ExpiredToken = "expired_token";

    /// <summary>RFC 6749 §4.1.2.1: only <c>code</c> is supported.</summary>
    public const string UnsupportedResponseType = "unsupported_response_type";

    /// <summary>OIDC Core §3.1.2.6: request objects (<c>request</c>) are not supported.</summary>
    public const string RequestNotSupported = "request_not_supported";

    /// <summary>RFC 7009 §2.2.1: the server does not revoke tokens of this type (here: access tokens).</summary>
    public const string UnsupportedTokenType = "unsupported_token_type";
}
