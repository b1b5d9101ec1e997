using Functions.Http.Bodies;
using Functions.Http.Preconditions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Procedures;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Storage;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Procedures;

namespace Portal.Functions.Agencies;

/// <summary>
/// An agency publishing its own offerings for さがす. The routes name no body: the set is always the token's own,
/// so one agency can never change another's. Changes are searchable after the next catalog refresh.
/// </summary>
public sealed class AgencyOfferingFunctions(
    AgencyAuthenticator authenticator, ClientRegistry clients, JsonBodyReader json, OfferingPublisher publisher, CatalogHost catalog)
{
    [Function("GetAgencyOfferings")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/offerings")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (agency, name) = await AuthenticateAsync(request, cancellationToken);
        var (body, set) = await publisher.GetAsync(agency, name, cancellationToken);
        if (set is not null)
        {
            request.HttpContext.Response.Headers.ETag = EntityTags.Strong(set.ETag);
        }
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(ProcedureViews.AgencySet(body, set?.Document, catalog.Current?.TemplatesById));
    }

    [Function("PutAgencyOffering")]
    public async Task<IResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "agency/offerings/{procedureId}")] HttpRequest request,
        string procedureId, CancellationToken cancellationToken)
    {
        var (agency, name) = await AuthenticateAsync(request, cancellationToken);
        var update = await json.ReadAsync<AgencyOfferingUpdate>(request, cancellationToken);
        var stored = await publisher.PublishAsync(agency, name, procedureId,
            new OfferingChange(update.Methods, update.PageUrl, update.Contact, update.Note), EntityTags.IfMatch(request), cancellationToken);
        return Answer(request, agency, name, stored);
    }

    [Function("DeleteAgencyOffering")]
    public async Task<IResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "agency/offerings/{procedureId}")] HttpRequest request,
        string procedureId, CancellationToken cancellationToken)
    {
        var (agency, name) = await AuthenticateAsync(request, cancellationToken);
        var stored = await publisher.WithdrawAsync(agency, name, procedureId, EntityTags.IfMatch(request), cancellationToken);
        return Answer(request, agency, name, stored);
    }

    private async Task<(AgencyContext Agency, string Name)> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var client = await clients.FindAsync(agency.ClientId, cancellationToken)
            ?? throw new InvalidAccessTokenException("the client is no longer registered");
        return (agency, client.Name);
    }

    private IResult Answer(HttpRequest request, AgencyContext agency, string name, Stored<Domain.Procedures.Offerings.OfferingSet> stored)
    {
        request.HttpContext.Response.Headers.ETag = EntityTags.Strong(stored.ETag);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(ProcedureViews.AgencySet(publisher.BodyOf(agency, name), stored.Document, catalog.Current?.TemplatesById));
    }
}
