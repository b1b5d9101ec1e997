using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Domain.ExternalSites.Sites;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Dpop;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Information.Catalogue;

namespace Portal.Functions.Identity;

/// <summary>OpenID Provider metadata (OIDC Discovery 1.0, RFC 8414) and the JWKS. Anonymous by design.</summary>
public sealed class DiscoveryFunctions(TokenSigningKeyStore keys, IOptions<TokenOptions> tokenOptions, InformationCatalogue catalogue)
{
    public const string DiscoveryRoute = ".well-known/openid-configuration";

    [Function("GetOpenIdConfiguration")]
    public IResult GetOpenIdConfiguration(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DiscoveryRoute)] HttpRequest request)
    {
        var issuer = tokenOptions.Value.IssuerName;
        return TypedResults.Json(new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = $"{issuer}/oauth/jwks",
            // External sites only, and only with a pushed request (AuthorizationFunctions).
            ["authorization_endpoint"] = $"{issuer}/oauth/authorize",
            ["token_endpoint"] = tokenOptions.Value.TokenEndpoint,
            ["device_authorization_endpoint"] = $"{issuer}/oauth/device_authorization",
            ["userinfo_endpoint"] = $"{issuer}/oauth/userinfo",
            ["revocation_endpoint"] = $"{issuer}/oauth/revoke",
            ["grant_types_supported"] = new JsonArray(
                GrantTypes.DeviceCode, GrantTypes.RefreshToken, GrantTypes.ClientCredentials, GrantTypes.AuthorizationCode,
                GrantTypes.TokenExchange),
            // External sites push their authorization requests (RFC 9126), and must: FAPI 2.0 accepts no other way.
            ["pushed_authorization_request_endpoint"] = $"{issuer}/oauth/par",
            ["require_pushed_authorization_requests"] = true,
            ["code_challenge_methods_supported"] = new JsonArray("S256"),
            ["authorization_response_iss_parameter_supported"] = true,
            // The authorization-code flow of external sites; the code comes back in the query (form_post's page script
            // would clash with a strict CSP), with iss (RFC 9207).
            ["response_types_supported"] = new JsonArray("code"),
            ["response_modes_supported"] = new JsonArray("query"),
            // Residents' own clients (the chatbot) get the account's subject; external sites a pairwise one (OIDC Core §8).
            ["subject_types_supported"] = new JsonArray("public", "pairwise"),
            // RS256 for residents' own clients; PS256 for sites (FAPI 2.0 allows no RS256; SiteIdTokens).
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256", "PS256"),
            // Sites' token requests and external API calls carry DPoP proofs (DpopProofValidator.Algorithms).
            ["dpop_signing_alg_values_supported"] = new JsonArray(DpopProofValidator.Algorithms.Select(a => (JsonNode)a).ToArray()),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("none", "private_key_jwt"),
            // What the endpoint accepts from any client (the PAR endpoint authenticates the same way, RFC 9126 §2);
            // external sites are held to FAPI 2.0's PS256 and ES256 (ClientAssertionValidator.FapiAlgorithms).
            ["token_endpoint_auth_signing_alg_values_supported"] = new JsonArray(ClientAssertionValidator.Algorithms.Select(a => (JsonNode)a).ToArray()),
            ["revocation_endpoint_auth_methods_supported"] = new JsonArray("none", "private_key_jwt"),
            // The revocation endpoint authenticates clients as the token endpoint does, with the same assertion algorithms.
            ["revocation_endpoint_auth_signing_alg_values_supported"] = new JsonArray(ClientAssertionValidator.Algorithms.Select(a => (JsonNode)a).ToArray()),
            ["scopes_supported"] = new JsonArray(
                new[] { PortalScopes.OpenId, PortalScopes.Email, PortalScopes.Portal, PortalScopes.Registration,
                    PortalScopes.AgencyProcedures, PortalScopes.AgencyApplications }
                .Concat(SiteScopes.All(catalogue)).Distinct(StringComparer.Ordinal).Select(s => (JsonNode)s!).ToArray()),
            ["claims_supported"] = new JsonArray("sub", "iss", "aud", "exp", "iat", "auth_time", "amr", "nonce", "email", "email_verified",
                "name", "address", "birthdate", "gender", "source", "read_at"),
        });
    }

    [Function("GetJsonWebKeySet")]
    public async Task<IResult> GetJsonWebKeySet(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "oauth/jwks")] HttpRequest request) =>
        TypedResults.Json(JsonWebKeySetDocument.From(await keys.GetAsync()));
}
