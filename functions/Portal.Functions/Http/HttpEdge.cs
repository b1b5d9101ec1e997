using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Http;

/// <summary>
/// What every HTTP call passes through, in both hosts: a correlation id on the response and in every log line,
/// every failure answered as problem+json, and the rate limits checked before the function runs. Wrapped by a worker
/// middleware on the Functions host and by an ASP.NET Core middleware on the local host.
/// </summary>
public sealed class HttpEdge(
    ProblemMapper problems, EdgeRateLimiter limits, IOptions<RouteValueFormats> formats, ILogger<HttpEdge> logger)
{
    public Task InvokeAsync(HttpContext http, Func<Task> next) => InvokeAsync(http, null, null, next);

    /// <param name="function">The <c>[Function]</c> name being called, which picks the rate limit; null when unknown
    /// (no route matched).</param>
    /// <param name="routeValues">The call's route values, for limits per route value (a card request id).</param>
    public async Task InvokeAsync(
        HttpContext http, string? function, IReadOnlyDictionary<string, object?>? routeValues, Func<Task> next)
    {
        var correlationId = CorrelationId.Establish(http);
        OperationName.Set(http, function);
        using var scope = logger.BeginScope("CorrelationId:{CorrelationId}", correlationId);
        try
        {
            // Identifiers first: a malformed one is answered as an unknown one, and never becomes a limiter's key.
            if (formats.Value.Refusal(function, routeValues) is { } refusal)
            {
                throw refusal;
            }
            limits.Admit(function, http, routeValues);
            await next();
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            // Cleared first: the mapping may add headers of its own (WWW-Authenticate for a refused token).
            http.Response.Clear();
            http.Response.Headers[CorrelationId.HeaderName] = correlationId;
            var result = problems.FromException(e, http);
            Log(e, result.StatusCode);
            await result.ExecuteAsync(http);
            return;
        }

        // A bare error status (an unmapped route, a function's NotFound()) still gets a problem body.
        if (http.Response is { StatusCode: >= 400, HasStarted: false, ContentLength: null, ContentType: null })
        {
            await problems.FromStatus(http.Response.StatusCode, http).ExecuteAsync(http);
        }
    }

    private void Log(Exception e, int status)
    {
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(e, "A dependency is unavailable; answered {Status}", status);
        }
        else if (status >= 500)
        {
            logger.LogError(e, "Request failed with {Status}", status);
        }
        else
        {
            logger.LogInformation("Request refused with {Status}: {Error}", status, e.GetType().Name);
        }
    }
}
