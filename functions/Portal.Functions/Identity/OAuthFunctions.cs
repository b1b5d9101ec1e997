using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http;

namespace Portal.Functions.Identity;

/// <summary>
/// The portal as an OAuth 2.0 authorization server: discovery, JWKS, the device authorization grant (RFC 8628).
/// Anonymous by design (public clients, token endpoint auth "none"). Errors of the device authorization and token
/// endpoints are NOT problem+json: RFC 6749 §5.2 fixes their shape ({error, error_description}, 400), and standard
/// OAuth clients branch on <c>error</c>; every other failure (database down, ...) is still problem+json.
/// </summary>
public sealed class OAuthFunctions(
    DeviceAuthorizationService devices, TokenSigningKeyStore keys, IOptions<TokenOptions> tokenOptions, FormBodyReader forms)
{
    public const string DiscoveryRoute = ".well-known/openid-configuration";

    [Function("GetOpenIdConfiguration")]
    public IResult GetOpenIdConfiguration(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DiscoveryRoute)] HttpRequest request)
    {
        var issuer = Issuer;
        return TypedResults.Json(new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = $"{issuer}/oauth/jwks",
            ["token_endpoint"] = $"{issuer}/oauth/token",
            ["device_authorization_endpoint"] = $"{issuer}/oauth/device_authorization",
            // Only what exists: no authorization endpoint (so no response types), no refresh tokens, no userinfo yet.
            ["grant_types_supported"] = new JsonArray(RegisteredClients.DeviceCodeGrantType),
            ["response_types_supported"] = new JsonArray(),
            ["subject_types_supported"] = new JsonArray("public"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("none"),
        });
    }

    [Function("GetJsonWebKeySet")]
    public async Task<IResult> GetJsonWebKeySet(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "oauth/jwks")] HttpRequest request) =>
        TypedResults.Json(JsonWebKeySetDocument.From(await keys.GetAsync()));

    /// <summary>RFC 8628 §3.1–3.2.</summary>
    [Function("StartDeviceAuthorization")]
    public async Task<IResult> StartDeviceAuthorization(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "oauth/device_authorization")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            var form = await ReadFormAsync(request, cancellationToken);
            var started = await devices.StartAsync(ClientIdOf(request, form), Single(form, "scope"), cancellationToken);
            NoStore(request);
            return TypedResults.Json(new JsonObject
            {
                ["device_code"] = started.DeviceCode,
                ["user_code"] = started.UserCode,
                // The signer takes the card request link; the device page for typing the user code is to come.
                ["verification_uri"] = $"{Issuer}/device",
                ["verification_uri_complete"] = $"{Issuer}/card-requests/{started.CardRequestId}",
                ["expires_in"] = (int)started.ExpiresIn.TotalSeconds,
                ["interval"] = (int)started.Interval.TotalSeconds,
            });
        }
        catch (OAuthErrorException e)
        {
            return Error(request, e);
        }
    }

    /// <summary>RFC 6749 §5.1/§5.2 with the device code grant (RFC 8628 §3.4–3.5).</summary>
    [Function("RequestToken")]
    public async Task<IResult> RequestToken(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "oauth/token")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            var form = await ReadFormAsync(request, cancellationToken);
            var grantType = Single(form, "grant_type");
            if (grantType != RegisteredClients.DeviceCodeGrantType)
            {
                throw new OAuthErrorException(grantType is null ? OAuthErrors.InvalidRequest : OAuthErrors.UnsupportedGrantType,
                    grantType is null ? "grant_type is required." : $"{grantType} is not supported.");
            }
            var tokens = await devices.PollAsync(ClientIdOf(request, form), Single(form, "device_code"), cancellationToken);
            NoStore(request);
            return TypedResults.Json(new JsonObject
            {
                ["access_token"] = tokens.AccessToken,
                ["token_type"] = "Bearer",
                ["expires_in"] = (int)tokens.ExpiresIn.TotalSeconds,
                ["scope"] = tokens.Scope,
            });
        }
        catch (OAuthErrorException e)
        {
            return Error(request, e);
        }
    }

    private string Issuer => tokenOptions.Value.Issuer.ToString().TrimEnd('/');

    /// <summary>Within the portal's form size limit: an oversized body is a 413 problem, like any other endpoint's.</summary>
    private async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, "the body must be application/x-www-form-urlencoded.");
        }
        return await forms.ReadAsync(request, cancellationToken);
    }

    /// <summary>RFC 6749 §3.2: a parameter sent more than once is an invalid request.</summary>
    private static string? Single(IFormCollection form, string name)
    {
        var values = form.TryGetValue(name, out var found) ? found : StringValues.Empty;
        return values.Count switch
        {
            0 => null,
            1 => string.IsNullOrEmpty(values[0]) ? null : values[0],
            _ => throw new OAuthErrorException(OAuthErrors.InvalidRequest, $"{name} was sent more than once."),
        };
    }

    /// <summary>
    /// The client id from the body, or from HTTP Basic (RFC 6749 §2.3.1, which some client libraries use by default)
    /// with an empty secret: these are public clients, so a secret is refused rather than ignored.
    /// </summary>
    private static string? ClientIdOf(HttpRequest request, IFormCollection form)
    {
        var inBody = Single(form, "client_id");
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return inBody;
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidClient, "malformed Basic credentials.");
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var id = Uri.UnescapeDataString(colon < 0 ? decoded : decoded[..colon]);
        var secret = colon < 0 ? "" : decoded[(colon + 1)..];
        if (secret.Length > 0 || (inBody is not null && inBody != id))
        {
            throw new OAuthErrorException(OAuthErrors.InvalidClient, "public clients authenticate with client_id only.");
        }
        return id;
    }

    private static void NoStore(HttpRequest request)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers.Pragma = "no-cache";
    }

    /// <summary>RFC 6749 §5.2: 400 with {error, error_description} (not problem+json; see the class summary).</summary>
    private static IResult Error(HttpRequest request, OAuthErrorException e)
    {
        NoStore(request);
        return TypedResults.Json(new JsonObject { ["error"] = e.Error, ["error_description"] = e.Description },
            statusCode: StatusCodes.Status400BadRequest);
    }
}
