using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Accounts;
using Portal.Domain.Accounts;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Accounts;

/// <summary>The signed-in resident's own account.</summary>
public sealed class AccountFunctions(ResidentAuthenticator authenticator, AccountService accounts)
{
    /// <summary>The account of the bearer token's subject: its id and state, no personal data.</summary>
    [Function("GetMe")]
    public async Task<IResult> GetMe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var account = await accounts.GetAsync(resident.PrincipalId, cancellationToken);
        return TypedResults.Ok(new MeResponse(account.Id, account.State, account.CreatedAt));
    }
}
