using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;

namespace Portal.Functions.Identity;

/// <summary>Token revocation (RFC 7009), with the token endpoint's client authentication.</summary>
public sealed class RevocationFunctions(ClientAuthenticator clients, RefreshTokenStore refreshTokens, OAuthRequestReader reader)
{
    /// <summary>
    /// A refresh token ends its whole family (the login) when it belongs to the calling client. Access tokens (JWTs)
    /// are answered 200 without effect: they are not stored and live 10 minutes, so there is nothing to revoke
    /// (RFC 7009 §2.1 lets a server not support it). Unknown tokens and other clients' tokens are also 200 (§2.2):
    /// the answer tells the caller nothing.
    /// </summary>
    [Function("RevokeToken")]
    public async Task<IResult> RevokeToken(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "oauth/revoke")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            var form = await reader.ReadFormAsync(request, cancellationToken);
            var client = await clients.AuthenticateAsync(OAuthRequestReader.CredentialsOf(request, form), cancellationToken);
            var token = OAuthRequestReader.Single(form, "token")
                ?? throw new OAuthErrorException(OAuthErrors.InvalidRequest, "token is required.");
            await refreshTokens.RevokeAsync(token, client.Id, cancellationToken);
            OAuthResponses.NoStore(request);
            return TypedResults.Ok();
        }
        catch (OAuthErrorException e)
        {
            return OAuthResponses.Error(request, e);
        }
    }
}
