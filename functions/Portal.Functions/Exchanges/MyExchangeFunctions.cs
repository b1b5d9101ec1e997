using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.Exchanges;
using Portal.Domain.Accounts;
using Portal.Domain.Exchanges;
using Portal.Domain.Exchanges.Purposes;
using Portal.Domain.Information.Catalogue;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Exchanges;

/// <summary>やりとり履歴 (guide 3-C) for the signed-in resident: who used their information, when and why. Never cached.</summary>
public sealed class MyExchangeFunctions(
    ResidentAuthenticator authenticator, AccountService accounts, ExchangeHistoryReader reader, ExchangeHistoryExport export, InformationCatalogue catalogue,
    ExchangePurposeTable purposes)
{
    [Function("ListExchanges")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/exchanges")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        // As 操作履歴: a deleted account's history is kept, but a token for it no longer opens it.
        await accounts.GetAsync(resident.PrincipalId, cancellationToken);
        var query = request.Query;
        var page = await reader.ListAsync(resident, query["from"], query["to"], query["pageSize"], query["continuationToken"], cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(new ExchangePage([.. page.Items.Select(r => ExchangeViews.Resident(r, catalogue, purposes))], page.ContinuationToken));
    }

    /// <summary>The whole chained history and its signed head, for <c>myna-signer history verify</c>.</summary>
    [Function("ExportExchanges")]
    public async Task<IResult> Export(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/exchanges/export")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        await accounts.GetAsync(resident.PrincipalId, cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(await export.ExportAsync(resident, cancellationToken));
    }
}
