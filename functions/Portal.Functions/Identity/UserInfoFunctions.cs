using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Identity.Tokens;

namespace Portal.Functions.Identity;

/// <summary>The OIDC userinfo endpoint (OIDC Core §5.3), GET or POST with the bearer access token.</summary>
public sealed class UserInfoFunctions(UserInfoService userInfo)
{
    /// <summary>A refused token is a 401 problem with WWW-Authenticate (through the edge's problem mapping).</summary>
    [Function("GetUserInfo")]
    public async Task<IResult> GetUserInfo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "oauth/userinfo")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var info = await userInfo.GetAsync(OAuthRequestReader.BearerTokenOf(request), cancellationToken);
        var body = new JsonObject { ["sub"] = info.Subject };
        if (info.Email is not null)
        {
            body["email"] = info.Email;
            // Account.Email is only ever set after the resident typed the code sent to it.
            body["email_verified"] = true;
        }
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(body);
    }
}
