namespace Portal.Domain.Proxies.Acting;

/// <summary>The token type URIs of the token exchange (RFC 8693 §3): the portal's own for a delegation, the standard one for access tokens.</summary>
public static class DelegationTokenTypes
{
    /// <summary>A delegation token (the exchange's <c>subject_token</c>): the portal's own type, for no one else understands it.</summary>
    public const string Delegation = "urn:myna-portal:params:oauth:token-type:delegation";

    /// <summary>RFC 8693 §3: the actor's own access token, and what the exchange issues.</summary>
    public const string AccessToken = "urn:ietf:params:oauth:token-type:access_token";
}
