using Functions.Http.Bodies;
using Functions.Http.Preconditions;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Applications.Agencies;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Exchanges.Reads;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Procedures.Serving;
using Portal.Functions.Applications;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Agencies;

/// <summary>
/// The receiving side of 電子申請 for an agency's own system. The routes name no body: everything is always the
/// token's own body's, so one agency never sees or changes another's applications. Reading an application or one of
/// its files is recorded in the applicant's やりとり履歴 (and the agency's own exchange log).
/// </summary>
public sealed class AgencyApplicationFunctions(
    AgencyAuthenticator authenticator, AgencyApplicationService applications, AgencyApplicationReads reads, CatalogHost catalog,
    JsonBodyReader json)
{
    [Function("ListAgencyApplications")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/applications")] HttpRequest request, CancellationToken cancellationToken)
    {
        var agency = await AuthenticateAsync(request);
        var q = request.Query;
        var page = await applications.ListAsync(agency, q["status"], q["from"], q["to"], q["limit"], q["continuation"], cancellationToken);
        return TypedResults.Ok(new AgencyApplicationPage([.. page.Items.Select(a => AgencyApplicationViews.Summary(a, catalog))], page.ContinuationToken));
    }

    [Function("GetAgencyApplication")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/applications/{receiptNumber}")] HttpRequest request,
        string receiptNumber, CancellationToken cancellationToken)
    {
        var agency = await AuthenticateAsync(request);
        var stored = await reads.GetAsync(agency, receiptNumber, cancellationToken);
        return Tagged(request, AgencyApplicationViews.Detail(stored, catalog));
    }

    [Function("GetAgencyApplicationAttachment")]
    public async Task<IResult> Attachment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/applications/{receiptNumber}/revisions/{revision}/attachments/{index}")]
        HttpRequest request, string receiptNumber, string revision, string index, CancellationToken cancellationToken)
    {
        var agency = await AuthenticateAsync(request);
        var r = Position(revision);
        var i = Position(index);
        var file = await reads.OpenAttachmentAsync(agency, receiptNumber, r, i, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(file.Content, file.Reference.ContentType, file.Reference.Name);
    }

    [Function("ChangeAgencyApplicationStatus")]
    public async Task<IResult> ChangeStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agency/applications/{receiptNumber}/status")] HttpRequest request,
        string receiptNumber, CancellationToken cancellationToken)
    {
        var agency = await AuthenticateAsync(request);
        var body = await json.ReadAsync<AgencyStatusChangeRequest>(request, cancellationToken);
        var stored = await applications.ChangeStatusAsync(agency, receiptNumber, body.Status, body.Comment,
            EntityTags.IfMatch(request), cancellationToken);
        return Tagged(request, AgencyApplicationViews.Detail(stored, catalog));
    }

    private Task<AgencyContext> AuthenticateAsync(HttpRequest request) =>
        authenticator.AuthenticateAsync(request);

    /// <summary>A 1-based number from the route; anything else names no attachment (0 is never one).</summary>
    private static int Position(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static IResult Tagged(HttpRequest request, AgencyApplicationDetail detail)
    {
        request.HttpContext.Response.Headers.ETag = detail.ETag;
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(detail);
    }
}
