using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.OperationHistory;
using Portal.Domain.Accounts;
using Portal.Domain.OperationHistory;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.OperationHistory;

/// <summary>操作履歴 (guide 3-F): the resident's own records, newest first.</summary>
public sealed class OperationHistoryFunctions(
    ResidentAuthenticator authenticator, AccountService accounts, OperationHistoryReader reader, OperationActors actors,
    OperationHistoryExport export)
{
    [Function("ListOperations")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/operations")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        // A deleted account's history is kept, but a token for it no longer opens it.
        await accounts.GetAsync(resident.PrincipalId, cancellationToken);
        var query = request.Query;
        var page = await reader.ListAsync(resident, query["from"], query["to"], query["pageSize"], query["continuationToken"], cancellationToken);
        var actor = await actors.DescribeAsync(page.Items, cancellationToken);
        return TypedResults.Ok(new OperationPage(
            [.. page.Items.Select((r, i) => new OperationEntry(r.At, r.Operation, r.Target, r.ClientId, r.ActorId,
                r.Outcome.ToString().ToLowerInvariant(), new OperationActorView(actor[i].Kind, actor[i].Name, actor[i].DelegationId)))],
            page.ContinuationToken));
    }

    /// <summary>The whole chained history and its signed head, for <c>myna-signer history verify</c>. Never cached.</summary>
    [Function("ExportOperations")]
    public async Task<IResult> Export(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/operations/export")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        await accounts.GetAsync(resident.PrincipalId, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await export.ExportAsync(resident, cancellationToken));
    }
}
