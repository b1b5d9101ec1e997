using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.ResidentLookup;
using Portal.Domain.Residents.Lookup;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.ResidentLookup;

/// <summary>The resident allows or withdraws 本人確認情報の照会, next to the profile it is about.</summary>
public sealed class LookupConsentFunctions(ResidentAuthenticator authenticator, JsonBodyReader json, LookupConsentService consents)
{
    [Function("GetLookupConsent")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/profile/lookup-consent")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        return NotCached(request, View(await consents.GetAsync(resident, cancellationToken)));
    }

    [Function("UpdateLookupConsent")]
    public async Task<IResult> Update(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "me/profile/lookup-consent")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<LookupConsentUpdate>(request, cancellationToken);
        return NotCached(request, View(await consents.SetAsync(resident, body.Allowed, cancellationToken)));
    }

    private static IResult View(LookupConsent consent) => TypedResults.Ok(new LookupConsentView(consent.Allowed, consent.AllowedAt, consent.HasProfile));

    private static IResult NotCached(HttpRequest request, IResult result)
    {
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return result;
    }
}
