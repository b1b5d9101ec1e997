using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Drafts;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Drafts;

/// <summary>The completed form as a PDF, for procedures that are printed and sent or brought (印刷して送付・窓口に持参).</summary>
public sealed class DraftPrintFunctions(ResidentAuthenticator authenticator, DraftPrintService printing)
{
    [Function("PrintDraft")]
    public async Task<IResult> Print(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/drafts/{id}/print")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var pdf = await printing.RenderAsync(resident, id, cancellationToken);
        // Personal data: never kept by a browser cache or a proxy.
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(pdf, "application/pdf", $"{id}.pdf");
    }
}
