using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Agencies;

/// <summary>The calling agency's own view: what its token binds it to, for the agency features to build on.</summary>
public sealed class AgencyFunctions(AgencyAuthenticator authenticator, ClientRegistry clients)
{
    [Function("GetAgencyMe")]
    public async Task<IResult> GetAgencyMe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/me")] HttpRequest request, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var client = await clients.FindAsync(agency.ClientId, cancellationToken)
            ?? throw new InvalidAccessTokenException("the client is no longer registered");
        return TypedResults.Ok(new AgencyMeResponse(client.Id, client.Name,
            agency.Binding.LocalGovernmentCode, agency.Binding.NationalAgencyId, agency.Scopes) { InsurerNumber = agency.Binding.InsurerNumber });
    }
}
