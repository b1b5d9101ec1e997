using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Proxies.Acting;

namespace Portal.Functions.Identity;

/// <summary>
/// The answers of the OAuth endpoints. Their errors are NOT problem+json: RFC 6749 §5.2 fixes the shape
/// ({error, error_description}, 400), and standard OAuth clients branch on <c>error</c>. Every other failure
/// (database down, ...) is still problem+json through the edge.
/// </summary>
public static class OAuthResponses
{
    public static IResult Tokens(HttpRequest request, IssuedTokens tokens)
    {
        NoStore(request);
        var body = new JsonObject
        {
            ["access_token"] = tokens.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)tokens.ExpiresIn.TotalSeconds,
            ["scope"] = tokens.Scope,
        };
        if (tokens.RefreshToken is not null)
        {
            body["refresh_token"] = tokens.RefreshToken;
        }
        if (tokens.IdToken is not null)
        {
            body["id_token"] = tokens.IdToken;
        }
        return TypedResults.Json(body);
    }

    /// <summary>RFC 8693 §2.2.1: an exchanged access token says its type; a delegated token never comes with a refresh token.</summary>
    public static IResult Exchanged(HttpRequest request, ExchangedToken token)
    {
        NoStore(request);
        return TypedResults.Json(new JsonObject
        {
            ["access_token"] = token.AccessToken,
            ["issued_token_type"] = DelegationTokenTypes.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)token.ExpiresIn.TotalSeconds,
            ["scope"] = token.Scope,
        });
    }

    /// <summary>Token responses and errors must not be cached (RFC 6749 §5.1).</summary>
    public static void NoStore(HttpRequest request)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers.Pragma = "no-cache";
    }

    /// <summary>
    /// RFC 6749 §5.2: 400 with {error, error_description}; invalid_client is 401 with a challenge when the client
    /// tried HTTP Basic, as the RFC requires.
    /// </summary>
    public static IResult Error(HttpRequest request, OAuthErrorException e)
    {
        NoStore(request);
        var basic = e.Error == OAuthErrors.InvalidClient
            && request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);
        if (basic)
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"portal\"";
        }
        return TypedResults.Json(new JsonObject { ["error"] = e.Error, ["error_description"] = e.Description },
            statusCode: basic ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest);
    }
}
