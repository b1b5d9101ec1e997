using Bot.Core.Conversations;

namespace Bot.Core.Login;

/// <summary>What the token endpoint answered: tokens, or one of the device flow's errors.</summary>
public sealed record TokenOutcome(PortalSession? Session, string? Error)
{
    public const string AuthorizationPending = "authorization_pending";
    public const string SlowDown = "slow_down";
    public const string ExpiredToken = "expired_token";
    public const string AccessDenied = "access_denied";
    public const string InvalidGrant = "invalid_grant";

    /// <summary>Not an OAuth error: the portal answered 429 (its rate limit). The login or session is still there.</summary>
    public const string TooManyRequests = "too_many_requests";
}
