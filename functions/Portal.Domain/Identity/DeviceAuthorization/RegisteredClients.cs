namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>
/// The clients allowed to ask for tokens, from configuration (<c>Identity:Clients:&lt;n&gt;:ClientId</c>, <c>:Name</c>,
/// <c>:AllowedGrantTypes</c>, <c>:AllowedScopes</c>). Public clients only for now (token endpoint auth "none");
/// clients stored in Cosmos DB and private_key_jwt for agencies come later.
/// </summary>
public sealed class RegisteredClientOptions
{
    public const string Section = "Identity:Clients";

    public string ClientId { get; set; } = "";

    /// <summary>What the signer shows as the asker, e.g. "マイナポータル チャットボット".</summary>
    public string Name { get; set; } = "";

    public List<string> AllowedGrantTypes { get; set; } = [];

    /// <summary>The scopes it may ask for; also what it gets when it names none.</summary>
    public List<string> AllowedScopes { get; set; } = [];
}

public sealed class RegisteredClients(IEnumerable<RegisteredClientOptions> clients)
{
    public const string DeviceCodeGrantType = "urn:ietf:params:oauth:grant-type:device_code";

    private readonly IReadOnlyList<RegisteredClientOptions> _clients = clients.Where(c => c.ClientId.Length > 0).ToList();

    /// <exception cref="OAuthErrorException">invalid_client (unknown) or unauthorized_client (grant not allowed).</exception>
    public RegisteredClientOptions Require(string? clientId, string grantType)
    {
        var client = _clients.FirstOrDefault(c => string.Equals(c.ClientId, clientId, StringComparison.Ordinal))
            ?? throw new OAuthErrorException(OAuthErrors.InvalidClient, "unknown client.");
        if (!client.AllowedGrantTypes.Contains(grantType, StringComparer.Ordinal))
        {
            throw new OAuthErrorException(OAuthErrors.UnauthorizedClient, $"the client may not use {grantType}.");
        }
        return client;
    }

    /// <summary>The requested scopes (all allowed), or all allowed ones when none were named.</summary>
    /// <exception cref="OAuthErrorException">invalid_scope.</exception>
    public static IReadOnlyList<string> ScopesFor(RegisteredClientOptions client, string? requested)
    {
        var asked = (requested ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0)
        {
            return client.AllowedScopes;
        }
        var refused = asked.Where(s => !client.AllowedScopes.Contains(s, StringComparer.Ordinal)).ToList();
        return refused.Count == 0
            ? asked
            : throw new OAuthErrorException(OAuthErrors.InvalidScope, $"not allowed: {string.Join(' ', refused)}.");
    }
}
