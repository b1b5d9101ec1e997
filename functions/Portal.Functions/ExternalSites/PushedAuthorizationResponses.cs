using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Domain.ExternalSites.PushedAuthorization;
using Portal.Functions.Identity;

namespace Portal.Functions.ExternalSites;

/// <summary>The pushed authorization endpoint's answer (RFC 9126 §2.2): 201, not cached.</summary>
public static class PushedAuthorizationResponses
{
    public static IResult Created(HttpRequest request, PushedAuthorization pushed)
    {
        OAuthResponses.NoStore(request);
        return TypedResults.Json(new JsonObject
        {
            ["request_uri"] = pushed.RequestUri,
            ["expires_in"] = (int)pushed.ExpiresIn.TotalSeconds,
        }, statusCode: StatusCodes.Status201Created);
    }
}
