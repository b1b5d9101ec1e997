using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Procedures.Serving;

namespace Portal.Functions.Procedures;

/// <summary>さがす (guide 3-A), anonymous: search the nationwide catalog and read one procedure for a place.</summary>
public sealed class ProcedureFunctions(CatalogSearchService search)
{
    [Function("SearchProcedures")]
    public async Task<IResult> Search(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procedures")] HttpRequest request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var page = await search.SearchAsync(
            new CatalogSearchRequest(query["q"], query["lg"], query["category"], query["lifeEvent"], query["online"], query["page"]),
            cancellationToken);
        CatalogCaching.Apply(request);
        return TypedResults.Ok(ProcedureViews.Search(page));
    }

    [Function("GetProcedure")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "procedures/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var detail = await search.GetAsync(id, request.Query["lg"], cancellationToken);
        CatalogCaching.Apply(request);
        return TypedResults.Ok(ProcedureViews.Detail(detail));
    }
}
