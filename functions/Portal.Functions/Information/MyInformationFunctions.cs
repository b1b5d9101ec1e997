using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Residents;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Information;

/// <summary>わたしの情報 for the signed-in resident. Personal, so never stored by a cache.</summary>
public sealed class MyInformationFunctions(ResidentAuthenticator authenticator, ResidentInformationService information, InformationCatalogue catalogue)
{
    [Function("GetMyInformation")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/information")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var query = request.Query;
        var found = await information.ReadAsync(resident, query["category"], query["asOf"], query["from"], query["to"],
            query["recordedAsOf"], cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(MyInformationViews.View(found, catalogue));
    }
}
