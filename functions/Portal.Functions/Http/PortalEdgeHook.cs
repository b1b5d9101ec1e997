using Functions.Http.Edge;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Http;

/// <summary>
/// The portal's part of the shared edge, before the function runs: the operation name for what reads per-operation
/// declarations (the authenticators), the route values' declared formats, and the rate limits.
/// </summary>
public sealed class PortalEdgeHook(IOptions<RouteValueFormats> formats, EdgeRateLimiter limits) : IHttpEdgeHook
{
    /// <exception cref="RateLimitExceededException">Answered 429 with Retry-After.</exception>
    public void BeforeFunction(HttpContext http, string? function, IReadOnlyDictionary<string, object?>? routeValues)
    {
        OperationName.Set(http, function);
        // Identifiers before limits: a malformed one is answered as an unknown one of its kind, and never becomes a
        // limiter's key; it never reaches the function, so never a repository.
        if (formats.Value.Refusal(function, routeValues) is { } refusal)
        {
            throw refusal;
        }
        limits.Admit(function, http, routeValues);
    }
}
