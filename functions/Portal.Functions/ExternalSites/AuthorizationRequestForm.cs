using Microsoft.AspNetCore.Http;
using Portal.Domain.ExternalSites.PushedAuthorization;
using Portal.Functions.Identity;

namespace Portal.Functions.ExternalSites;

/// <summary>An authorization request's parameters from a form body, each single-valued (RFC 6749 §3.1).</summary>
public static class AuthorizationRequestForm
{
    /// <exception cref="Portal.Domain.Identity.DeviceAuthorization.OAuthErrorException">invalid_request: a parameter sent twice.</exception>
    public static AuthorizationRequestParameters Read(IFormCollection form) => new(
        ResponseType: OAuthRequestReader.Single(form, "response_type"),
        RedirectUri: OAuthRequestReader.Single(form, "redirect_uri"),
        Scope: OAuthRequestReader.Single(form, "scope"),
        State: OAuthRequestReader.Single(form, "state"),
        Nonce: OAuthRequestReader.Single(form, "nonce"),
        CodeChallenge: OAuthRequestReader.Single(form, "code_challenge"),
        CodeChallengeMethod: OAuthRequestReader.Single(form, "code_challenge_method"),
        DpopJkt: OAuthRequestReader.Single(form, "dpop_jkt"),
        Request: OAuthRequestReader.Single(form, "request"),
        RequestUri: OAuthRequestReader.Single(form, "request_uri"));
}
