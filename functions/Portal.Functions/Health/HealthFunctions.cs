using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Health;
using Portal.Domain.Health;

namespace Portal.Functions.Health;

/// <summary>Liveness with dependencies, for the load balancer and operators. Anonymous by design: it reveals no data.</summary>
public sealed class HealthFunctions(HealthService health)
{
    [Function("GetHealth")]
    public async Task<IResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return TypedResults.Json(report, statusCode: report.Status == HealthReport.Healthy
            ? StatusCodes.Status200OK
            : StatusCodes.Status503ServiceUnavailable);
    }
}
