using Functions.Http.Edge;
using Microsoft.AspNetCore.Http;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Http;

/// <summary>
/// The portal's part of the shared edge: the operation name for what reads per-operation declarations (the
/// authenticators), and the rate limits, checked before the function runs.
/// </summary>
public sealed class PortalEdgeHook(EdgeRateLimiter limits) : IHttpEdgeHook
{
    /// <exception cref="RateLimitExceededException">Answered 429 with Retry-After.</exception>
    public void BeforeFunction(HttpContext http, string? function, IReadOnlyDictionary<string, object?>? routeValues)
    {
        OperationName.Set(http, function);
        limits.Admit(function, http, routeValues);
    }
}
