using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.CardRequests;
using Portal.Contracts.Clinics;
using Portal.Domain.Clinics;
using Portal.Domain.Identity.Tokens;

namespace Portal.Functions.Clinics;

/// <summary>オンライン資格確認: a clinic starts a check the patient completes with their card, then reads its outcome.</summary>
public sealed class ClinicFunctions(ClinicAuthenticator authenticator, EligibilityCheckService checks, IOptions<TokenOptions> tokenOptions)
{
    private const string Route = "clinic/eligibility-checks";

    [Function("StartEligibilityCheck")]
    public async Task<IResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request, CancellationToken cancellationToken)
    {
        var clinic = await authenticator.AuthenticateAsync(request);
        var started = await checks.StartAsync(clinic, cancellationToken);
        var card = started.CardRequest;
        NotCached(request);
        return TypedResults.Created($"/api/{Route}/{started.Check.CheckId}", new EligibilityCheckStarted(started.Check.CheckId,
            new EligibilityCardRequest(card.Id, CardRequestLink.For(tokenOptions.Value.Issuer, card.Id), card.UserCode, card.ExpiresAt),
            started.Check.ExpiresAt));
    }

    [Function("GetEligibilityCheck")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route + "/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var clinic = await authenticator.AuthenticateAsync(request);
        var check = await checks.GetAsync(clinic, id, cancellationToken);
        NotCached(request);
        return TypedResults.Ok(ClinicViews.View(check));
    }

    /// <summary>A completed check names a patient: never cached.</summary>
    private static void NotCached(HttpRequest request) => request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
}
