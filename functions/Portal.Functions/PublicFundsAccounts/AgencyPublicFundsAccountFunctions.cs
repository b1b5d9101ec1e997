using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Domain.PublicFundsAccounts.Payments;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.PublicFundsAccounts;

/// <summary>
/// 公金受取口座の利用: a paying agency reads a resident's account by its own residentRef, for a payment its kind of
/// body makes. Every read is in the resident's やりとり履歴 before it is answered.
/// </summary>
public sealed class AgencyPublicFundsAccountFunctions(AgencyAuthenticator authenticator, AgencyPaymentAccountService payments)
{
    [Function("GetAgencyPublicFundsAccount")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/residents/{residentRef}/public-funds-account")] HttpRequest request,
        string residentRef, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var account = await payments.ReadAsync(agency, residentRef, request.Query["purpose"], cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(PublicFundsAccountViews.Agency(account));
    }
}
