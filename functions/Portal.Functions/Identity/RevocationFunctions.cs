using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;

namespace Portal.Functions.Identity;

/// <summary>Token revocation (RFC 7009), with the token endpoint's client authentication.</summary>
public sealed class RevocationFunctions(ClientAuthenticator clients, TokenRevocation revocation, OAuthRequestReader reader)
{
    /// <summary>
    /// A refresh token ends its whole family (the login) when it belongs to the calling client; another client's is
    /// refused (invalid_grant, §2.1). Access tokens are unsupported_token_type (§2.2.1): they are not stored and live
    /// 10 minutes. Unknown and already revoked tokens are 200 (§2.2): the answer tells the caller nothing.
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
            await revocation.RevokeAsync(client, token, OAuthRequestReader.Single(form, "token_type_hint"), cancellationToken);
            OAuthResponses.NoStore(request);
            return TypedResults.Ok();
        }
        catch (OAuthErrorException e)
        {
            return OAuthResponses.Error(request, e);
        }
    }
}
