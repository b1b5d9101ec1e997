using Functions.Http.Preconditions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Drafts;
using Portal.Domain.Drafts.Prefill;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Drafts;

/// <summary>Fills a draft's empty applicant fields from the resident's profile (read from the card).</summary>
public sealed class DraftPrefillFunctions(ResidentAuthenticator authenticator, DraftPrefillService prefill)
{
    /// <summary>If-Match is optional: without it the fill applies to the current version, never over an answer.</summary>
    [Function("PrefillDraft")]
    public async Task<IResult> Prefill(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/drafts/{id}/prefill")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var result = await prefill.PrefillAsync(resident, id, EntityTags.IfMatch(request), cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return DraftFunctions.Tagged(request, TypedResults.Ok(new DraftPrefillView(DraftViews.View(result.Draft), result.Filled)), result.Draft.ETag);
    }
}
