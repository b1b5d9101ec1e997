using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Procedures;
using Portal.Domain.Procedures.Serving;

namespace Portal.Functions.Procedures;

/// <summary>Choosing where one lives (住所地の選択) for さがす, anonymous.</summary>
public sealed class LocalGovernmentFunctions(CatalogSearchService search)
{
    [Function("FindLocalGovernments")]
    public async Task<IResult> Find(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "local-governments")] HttpRequest request, CancellationToken cancellationToken)
    {
        var found = await search.FindLocalGovernmentsAsync(request.Query["q"], cancellationToken);
        CatalogCaching.Apply(request);
        return TypedResults.Ok(new LocalGovernmentList([.. found.Select(ProcedureViews.LocalGovernment)]));
    }

    [Function("GetLocalGovernmentKeywords")]
    public async Task<IResult> Keywords(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "local-governments/{code}/keywords")] HttpRequest request, string code,
        CancellationToken cancellationToken)
    {
        var (localGovernment, keywords) = await search.SuggestedKeywordsAsync(code, cancellationToken);
        CatalogCaching.Apply(request);
        return TypedResults.Ok(new KeywordSuggestions(ProcedureViews.LocalGovernment(localGovernment), keywords));
    }
}
