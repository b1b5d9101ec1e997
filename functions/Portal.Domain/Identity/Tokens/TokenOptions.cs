namespace Portal.Domain.Identity.Tokens;

/// <summary>The portal as an OAuth 2.0 authorization server. Bound from <c>Identity:Tokens</c>.</summary>
public sealed class TokenOptions
{
    public const string Section = "Identity:Tokens";

    /// <summary>The issuer (<c>iss</c>); discovery is served under it. May include the <c>/api</c> prefix.</summary>
    public Uri Issuer { get; set; } = new("http://127.0.0.1:7071/api");

    /// <summary>The audience of access tokens for the portal API (<c>aud</c>).</summary>
    public string Audience { get; set; } = "portal-api";

    /// <summary>Short-lived by design: a stolen access token is useful for minutes; refresh tokens rotate.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>ID tokens are read once by the client right after sign-in; they need not outlive an access token.</summary>
    public TimeSpan IdTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A refresh-token family (one card login) ends this long after the login, however often it is used.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>...and earlier when it was not used for this long.</summary>
    public TimeSpan RefreshTokenIdleTimeout { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Local runs: the folder with current.pfx (and previous.pfx after a rotation). Empty in Azure.</summary>
    public string? SigningKeyFolder { get; set; }

    /// <summary>Azure: the Key Vault holding the token-signing certificate, and its name.</summary>
    public Uri? VaultUri { get; set; }

    public string SigningCertificateName { get; set; } = "portal-token-signing";

    /// <summary>
    /// How old the loaded signing keys may get before the next use reloads them: a key rotated in (by another instance,
    /// or in Key Vault) signs here, and a key removed or disabled stops verifying, within this long and no restart.
    /// </summary>
    public TimeSpan SigningKeyReloadInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The least time between two loads: a token naming a key id we do not hold asks for a reload (it may be another
    /// instance's new key), and a failed reload is tried again, but neither more often than this.
    /// </summary>
    public TimeSpan SigningKeyMinReloadInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The issuer as it appears in tokens and discovery: without a trailing slash.</summary>
    public string IssuerName => Issuer.ToString().TrimEnd('/');

    /// <summary>The token endpoint URL (not an accepted audience of client assertions: FAPI 2.0 wants the issuer only).</summary>
    public string TokenEndpoint => $"{IssuerName}/oauth/token";
}
