using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Domain.ExternalSites.Tokens;
using Portal.Functions.Identity;

namespace Portal.Functions.ExternalSites;

/// <summary>A site's token response: token_type DPoP (RFC 9449 §5), the ID token, never a refresh token; not cached.</summary>
public static class SiteTokenResponses
{
    public static IResult Tokens(HttpRequest request, SiteTokens tokens)
    {
        OAuthResponses.NoStore(request);
        return TypedResults.Json(new JsonObject
        {
            ["access_token"] = tokens.AccessToken,
            ["token_type"] = "DPoP",
            ["expires_in"] = (int)tokens.ExpiresIn.TotalSeconds,
            ["scope"] = tokens.Scope,
            ["id_token"] = tokens.IdToken,
        });
    }
}
