using Functions.Http.Bodies;
using Functions.Http.Preconditions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Applications.Residents;
using Portal.Domain.Applications.Residents;
using Portal.Domain.Procedures.Serving;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Applications;

/// <summary>申請状況: the resident's own submitted applications, one in detail with its history, and 取下げ.</summary>
public sealed class ApplicationFunctions(
    ResidentAuthenticator authenticator, ResidentApplicationService applications, CatalogHost catalog, JsonBodyReader json)
{
    [Function("ListMyApplications")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/applications")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var page = await applications.ListAsync(resident, request.Query["limit"], request.Query["continuation"], cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ResidentApplicationPage([.. page.Items.Select(a => ApplicationViews.Summary(a, catalog))], page.ContinuationToken));
    }

    [Function("GetMyApplication")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/applications/{receiptNumber}")] HttpRequest request,
        string receiptNumber, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var stored = await applications.GetAsync(resident, receiptNumber, cancellationToken);
        return Tagged(request, ApplicationViews.Detail(stored, catalog));
    }

    [Function("WithdrawMyApplication")]
    public async Task<IResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/applications/{receiptNumber}/withdrawal")] HttpRequest request,
        string receiptNumber, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        // The body is optional: no reason given is a withdrawal all the same.
        var body = request.ContentLength is null or 0 && string.IsNullOrEmpty(request.ContentType)
            ? new WithdrawalRequest(null)
            : await json.ReadAsync<WithdrawalRequest>(request, cancellationToken);
        var stored = await applications.WithdrawAsync(resident, receiptNumber, body.Comment, EntityTags.IfMatch(request), cancellationToken);
        return Tagged(request, ApplicationViews.Detail(stored, catalog));
    }

    private static IResult Tagged(HttpRequest request, ResidentApplicationDetail detail)
    {
        request.HttpContext.Response.Headers.ETag = detail.ETag;
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(detail);
    }
}
