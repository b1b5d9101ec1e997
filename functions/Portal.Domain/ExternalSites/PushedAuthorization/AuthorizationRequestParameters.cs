namespace Portal.Domain.ExternalSites.PushedAuthorization;

/// <summary>
/// The authorization request's parameters as a site pushed them (RFC 6749 §4.1.1, RFC 7636 §4.3, OIDC Core §3.1.2.1,
/// RFC 9449 §10), unchecked: <see cref="PushedAuthorizationService"/> decides what is acceptable.
/// </summary>
public sealed record AuthorizationRequestParameters(
    string? ResponseType,
    string? RedirectUri,
    string? Scope,
    string? State,
    string? Nonce,
    string? CodeChallenge,
    string? CodeChallengeMethod,
    string? DpopJkt = null,
    string? Request = null,
    string? RequestUri = null);
