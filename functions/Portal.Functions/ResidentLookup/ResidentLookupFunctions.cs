using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.ResidentLookup;
using Portal.Domain.Residents.Lookup;
using Portal.Functions.Http;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.ResidentLookup;

/// <summary>本人確認情報の照会: counted per agency client before anything is read, so a script cannot sweep the index.</summary>
public sealed class ResidentLookupFunctions(
    AgencyAuthenticator authenticator, JsonBodyReader json, ResidentLookupService lookups, EdgeRateLimiter limits)
{
    [Function("LookUpResident")]
    public async Task<IResult> LookUp(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agency/residents/lookup")] HttpRequest request, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        limits.AdmitAgency(OperationName.Of(request.HttpContext), agency.ClientId);
        var body = await json.ReadAsync<ResidentLookupRequest>(request, cancellationToken);
        var residentRef = await lookups.LookUpAsync(agency, body.Name, body.Address, body.DateOfBirth, body.Sex, cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(new ResidentLookupResponse(residentRef));
    }
}
