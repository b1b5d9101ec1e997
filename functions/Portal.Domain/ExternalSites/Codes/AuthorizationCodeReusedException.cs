using Portal.Domain.Errors;

namespace Portal.Domain.ExternalSites.Codes;

/// <summary>
/// A code presented again after it was exchanged (RFC 6749 §4.1.2: the tokens it gave should be revoked). Carries who
/// it was for, so the token endpoint can revoke them; the site is answered <c>invalid_grant</c> as for any bad code.
/// </summary>
public sealed class AuthorizationCodeReusedException(string clientId, string accountId)
    : PortalException("An authorization code was presented again after it was redeemed")
{
    public string ClientId { get; } = clientId;

    public string AccountId { get; } = accountId;
}
