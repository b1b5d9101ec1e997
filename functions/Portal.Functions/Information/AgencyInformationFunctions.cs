using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.Information;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Information.Records;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Information;

/// <summary>
/// 副本 for an agency's own system: it records what it holds about a resident it knows by its own residentRef, and
/// reads back only its own records. 201 when a PUT made a new version, 200 when it said nothing new.
/// </summary>
public sealed class AgencyInformationFunctions(
    AgencyAuthenticator authenticator, ClientRegistry clients, AgencyInformationService information, JsonBodyReader json)
{
    [Function("PutAgencyInformationRecord")]
    public async Task<IResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "agency/information/{residentRef}/{category}/{recordId}")] HttpRequest request,
        string residentRef, string category, string recordId, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var client = await clients.FindAsync(agency.ClientId, cancellationToken)
            ?? throw new InvalidAccessTokenException("the client is no longer registered");
        var body = await json.ReadAsync<AgencyInformationRecordRequest>(request, cancellationToken);
        var recorded = await information.PutAsync(agency, client.Name, residentRef, category, recordId,
            new InformationRecordInput(body.ValidFrom, body.ValidTo, body.Data, body.Withheld), cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        var view = InformationViews.Agency(recorded.Record);
        return recorded.Created ? TypedResults.Created(request.Path.Value, view) : TypedResults.Ok(view);
    }

    [Function("ListAgencyInformationRecords")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/information/{residentRef}/{category}")] HttpRequest request,
        string residentRef, string category, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var found = await information.ListAsync(agency, residentRef, category, cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(new AgencyInformationRecordList([.. found.Select(InformationViews.Agency)]));
    }
}
