namespace Portal.Domain.Identity.Clients;

/// <summary>
/// How a client identified itself at the token or revocation endpoint: its id (body or HTTP Basic with an empty
/// secret) and, for agencies, a private_key_jwt assertion (RFC 7523 §2.2).
/// </summary>
public sealed record ClientCredentials(string? ClientId, string? AssertionType = null, string? Assertion = null)
{
    /// <summary>RFC 7523 §2.2: the only client_assertion_type accepted.</summary>
    public const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
}
