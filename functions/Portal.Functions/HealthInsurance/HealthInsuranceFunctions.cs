using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.HealthInsurance;
using Portal.Domain.HealthInsurance;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.HealthInsurance;

/// <summary>マイナ保険証: the resident's own 利用登録 and what the insurer provided. Never a proxy's; never cached.</summary>
public sealed class HealthInsuranceFunctions(ResidentAuthenticator authenticator, HealthInsuranceService insurance)
{
    private const string Route = "me/health-insurance";

    [Function("GetHealthInsurance")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var status = await insurance.GetAsync(resident, cancellationToken);
        NotCached(request);
        return TypedResults.Ok(HealthInsuranceViews.View(status));
    }

    [Function("RegisterHealthInsurance")]
    public async Task<IResult> Register(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route + "/registration")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var (registration, created) = await insurance.RegisterAsync(resident, cancellationToken);
        NotCached(request);
        var view = new HealthInsuranceRegistrationView(registration.RegisteredAt);
        return created ? TypedResults.Created($"/api/{Route}/registration", view) : TypedResults.Ok(view);
    }

    [Function("WithdrawHealthInsurance")]
    public async Task<IResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Route + "/registration")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        await insurance.WithdrawAsync(resident, cancellationToken);
        return TypedResults.NoContent();
    }

    private static void NotCached(HttpRequest request) => request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
}
