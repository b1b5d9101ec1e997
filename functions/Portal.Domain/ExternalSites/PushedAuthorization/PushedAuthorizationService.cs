using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;

namespace Portal.Domain.ExternalSites.PushedAuthorization;

/// <summary>
/// Pushed authorization requests (RFC 9126) of external sites, held to the FAPI 2.0 Security Profile: the only way a
/// site starts an authorization (the authorization page takes nothing else), so every check is made here, before the
/// resident sees anything — code flow only, an exactly registered redirect URI, registered scopes with
/// <c>openid</c>, PKCE with S256 (RFC 7636; plain is refused), a nonce; no request objects. The code is bound to a DPoP
/// key named by <c>dpop_jkt</c> or by the key of a DPoP proof sent with the push (RFC 9449 §10.1). A refused request
/// stores nothing.
/// </summary>
public sealed class PushedAuthorizationService(
    PushedAuthorizationStore store, TimeProvider clock, ILogger<PushedAuthorizationService>? logger = null)
{
    /// <summary>RFC 9126 §2.2 suggests a short life; the resident opens the page right after the site redirects.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>BASE64URL of a SHA-256 digest (RFC 7636 §4.2 for S256; RFC 7638 thumbprints likewise).</summary>
    private const int DigestLength = 43;

    /// <summary>Bounds on what is stored and later echoed back; generous for any real client.</summary>
    private const int MaxStateLength = 512;

    private const int MaxNonceLength = 255;

    private readonly ILogger _logger = logger ?? NullLogger<PushedAuthorizationService>.Instance;

    /// <param name="client">Already authenticated (private_key_jwt).</param>
    /// <param name="proofKeyThumbprint">The key of the push's checked DPoP proof; null when it carried none.</param>
    /// <exception cref="OAuthErrorException">What is wrong, with RFC 6749 §4.1.2.1 / RFC 9126 §2.3 codes.</exception>
    public async Task<PushedAuthorization> PushAsync(RegisteredClient client, AuthorizationRequestParameters parameters,
        string? proofKeyThumbprint, CancellationToken cancellationToken)
    {
        var checkedRequest = Check(client, parameters, proofKeyThumbprint);
        var requestUri = RequestUris.New();
        var now = clock.GetUtcNow();
        await store.SaveAsync(new PushedAuthorizationRequest
        {
            Id = RequestUris.StoredIdOf(requestUri),
            ClientId = client.Id,
            RedirectUri = checkedRequest.RedirectUri,
            Scopes = checkedRequest.Scopes,
            State = parameters.State,
            Nonce = parameters.Nonce!,
            CodeChallenge = parameters.CodeChallenge!,
            // RFC 9449 §10.1: a proof binds as if its key's thumbprint had been sent as dpop_jkt.
            DpopJkt = proofKeyThumbprint ?? parameters.DpopJkt,
            PushedAt = now,
            ExpiresAt = now + Lifetime,
            // The TTL is a backstop; TakeAsync checks ExpiresAt.
            Ttl = (int)Lifetime.TotalSeconds + 60,
        }, cancellationToken);
        _logger.LogInformation("Pushed authorization request of {ClientId} stored for {Scopes}", client.Id, string.Join(' ', checkedRequest.Scopes));
        return new PushedAuthorization(requestUri, Lifetime);
    }

    private (string RedirectUri, IReadOnlyList<string> Scopes) Check(
        RegisteredClient client, AuthorizationRequestParameters p, string? proofKeyThumbprint)
    {
        if (!client.IsSite || !client.AllowedGrantTypes.Contains(GrantTypes.AuthorizationCode, StringComparer.Ordinal))
        {
            throw Refuse(client, OAuthErrors.UnauthorizedClient, "only external sites push authorization requests.");
        }
        if (p.Request is not null)
        {
            throw Refuse(client, OAuthErrors.RequestNotSupported, "request objects are not supported; send the parameters in the form.");
        }
        if (p.RequestUri is not null)
        {
            // RFC 9126 §2.1: a pushed request must not itself refer to another.
            throw Refuse(client, OAuthErrors.InvalidRequest, "request_uri must not be pushed.");
        }
        if (p.RedirectUri is null || !client.RedirectUris.Contains(p.RedirectUri, StringComparer.Ordinal))
        {
            // RFC 9126 §2.3: invalid_request where RFC 6749 has no code for a bad redirect URI. Matched exactly.
            throw Refuse(client, OAuthErrors.InvalidRequest, "redirect_uri must be one of the client's registered redirect URIs, exactly.");
        }
        if (p.ResponseType is null)
        {
            throw Refuse(client, OAuthErrors.InvalidRequest, "response_type is required.");
        }
        if (p.ResponseType != "code")
        {
            throw Refuse(client, OAuthErrors.UnsupportedResponseType, "only response_type=code is supported.");
        }
        var scopes = (p.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (!scopes.Contains(Sites.SiteScopes.OpenId, StringComparer.Ordinal))
        {
            throw Refuse(client, OAuthErrors.InvalidScope, "scope must contain openid.");
        }
        var refused = scopes.Where(s => !client.AllowedScopes.Contains(s, StringComparer.Ordinal)).ToList();
        if (refused.Count > 0)
        {
            throw Refuse(client, OAuthErrors.InvalidScope, $"not registered for this client: {string.Join(' ', refused)}.");
        }
        if (p.CodeChallenge is null)
        {
            throw Refuse(client, OAuthErrors.InvalidRequest, "code_challenge is required (PKCE, RFC 7636).");
        }
        if (p.CodeChallengeMethod != "S256")
        {
            // Absent means plain (RFC 7636 §4.3), which FAPI 2.0 does not allow.
            throw Refuse(client, OAuthErrors.InvalidRequest, "code_challenge_method must be S256.");
        }
        if (!IsDigest(p.CodeChallenge))
        {
            throw Refuse(client, OAuthErrors.InvalidRequest, "code_challenge must be BASE64URL(SHA-256(code_verifier)).");
        }
        if (p.Nonce is null || p.Nonce.Length > MaxNonceLength)
        {
            throw Refuse(client, OAuthErrors.InvalidRequest, $"nonce is required (at most {MaxNonceLength} characters).");
        }
        if (p.State is { Length: > MaxStateLength })
        {
            throw Refuse(client, OAuthErrors.InvalidRequest, $"state may have at most {MaxStateLength} characters.");
        }
        if (p.DpopJkt is not null && !IsDigest(p.DpopJkt))
        {
            throw Refuse(client, OAuthErrors.InvalidRequest, "dpop_jkt must be a JWK SHA-256 thumbprint (RFC 7638), base64url.");
        }
        if (p.DpopJkt is not null && proofKeyThumbprint is not null && !string.Equals(p.DpopJkt, proofKeyThumbprint, StringComparison.Ordinal))
        {
            // RFC 9449 §10.1: both given, they must name one key. The proof itself is valid, so not invalid_dpop_proof.
            throw Refuse(client, OAuthErrors.InvalidRequest, "dpop_jkt is not the thumbprint of the DPoP proof's key.");
        }
        return (p.RedirectUri, scopes);
    }

    private static bool IsDigest(string text) =>
        text.Length == DigestLength
        && text.AsSpan().IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    private OAuthErrorException Refuse(RegisteredClient client, string error, string description)
    {
        _logger.LogInformation("Refused a pushed authorization request of {ClientId}: {Error}", client.Id, error);
        return new OAuthErrorException(error, description);
    }
}
