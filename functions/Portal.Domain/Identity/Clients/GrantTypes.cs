namespace Portal.Domain.Identity.Clients;

/// <summary>The OAuth grant types a <see cref="RegisteredClient"/> may be allowed (the strings of the RFCs).</summary>
public static class GrantTypes
{
    /// <summary>RFC 8628: the resident signs in with the card on another device.</summary>
    public const string DeviceCode = "urn:ietf:params:oauth:grant-type:device_code";

    /// <summary>RFC 6749 §6: allowed means the client also gets a (rotating) refresh token at sign-in.</summary>
    public const string RefreshToken = "refresh_token";

    /// <summary>RFC 6749 §4.1 with PKCE, for external sites (外部サイト連携; a later issue).</summary>
    public const string AuthorizationCode = "authorization_code";

    /// <summary>RFC 6749 §4.4, for agencies (private_key_jwt).</summary>
    public const string ClientCredentials = "client_credentials";

    /// <summary>RFC 8693: a 代理人 exchanges a delegation token and their own access token for one acting for the principal.</summary>
    public const string TokenExchange = "urn:ietf:params:oauth:grant-type:token-exchange";
}
