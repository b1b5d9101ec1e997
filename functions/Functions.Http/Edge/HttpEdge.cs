using Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Functions.Http.Edge;

/// <summary>
/// What every HTTP call passes through, in both hosts: a correlation id on the response and in every log line, the
/// app's hooks (the portal's rate limits) before the function, and every failure answered as problem+json by the
/// mappings the app registered. Wrapped by <see cref="HttpEdgeWorkerMiddleware"/> on the Functions host and by an
/// ASP.NET Core middleware on the local host. Logs carry the status and the error's type, never a request's content.
/// </summary>
public sealed class HttpEdge(ProblemMapper problems, IEnumerable<IHttpEdgeHook> hooks, ILogger<HttpEdge> logger)
{
    private readonly IHttpEdgeHook[] _hooks = [.. hooks];

    public Task InvokeAsync(HttpContext http, Func<Task> next) => InvokeAsync(http, null, null, next);

    /// <param name="function">The <c>[Function]</c> name being called, for the hooks; null when unknown (no route
    /// matched).</param>
    /// <param name="routeValues">The call's route values, for the hooks (a limit per card request id).</param>
    public async Task InvokeAsync(
        HttpContext http, string? function, IReadOnlyDictionary<string, object?>? routeValues, Func<Task> next)
    {
        var correlationId = CorrelationId.Establish(http);
        using var scope = logger.BeginScope("CorrelationId:{CorrelationId}", correlationId);
        try
        {
            foreach (var hook in _hooks)
            {
                hook.BeforeFunction(http, function, routeValues);
            }
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
            logger.LogWarning(e, "A dependency is unavailable ({Error}); answered {Status}", e.GetType().Name, status);
        }
        else if (status >= 500)
        {
            // The exception's message and stack: neither app puts what a user sent into an exception's message.
            logger.LogError(e, "Request failed with {Status}", status);
        }
        else
        {
            logger.LogInformation("Request refused with {Status}: {Error}", status, e.GetType().Name);
        }
    }
}
