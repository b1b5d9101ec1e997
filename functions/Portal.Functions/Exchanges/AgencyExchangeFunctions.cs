using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.Exchanges;
using Portal.Domain.Exchanges;
using Portal.Domain.Exchanges.Purposes;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Exchanges;

/// <summary>An agency's own exchange log, as requester and as provider; always its token's body, never one the route names.</summary>
public sealed class AgencyExchangeFunctions(
    AgencyAuthenticator authenticator, AgencyExchangeLogReader log, AgencyExchangeService exchanges, JsonBodyReader json)
{
    [Function("ListAgencyExchanges")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "agency/exchanges")] HttpRequest request, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var page = await log.ListAsync(agency, request.Query["limit"], request.Query["continuation"], cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(new AgencyExchangePage([.. page.Items.Select(ExchangeViews.Agency)], page.ContinuationToken));
    }

    /// <summary>情報照会: the records other bodies hold, for an allowed task; every answer and every refusal is recorded first.</summary>
    [Function("RequestAgencyExchange")]
    public async Task<IResult> Request(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agency/exchanges")] HttpRequest request, CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<AgencyExchangeRequest>(request, cancellationToken);
        var answer = await exchanges.ExchangeAsync(agency, body.ResidentRef, body.Category, body.Purpose, body.AsOf, cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(ExchangeViews.Answer(answer));
    }
}
