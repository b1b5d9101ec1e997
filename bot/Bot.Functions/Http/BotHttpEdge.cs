using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Functions.Http;

/// <summary>
/// What every call to the bot passes through, in both hosts: a correlation id on the response and in every log line,
/// and every failure answered as problem+json. Logs carry the status and the error type only, never message text.
/// </summary>
public sealed class BotHttpEdge(ILogger<BotHttpEdge> logger)
{
    public async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        var correlationId = BotCorrelationId.Establish(http);
        using var scope = logger.BeginScope("CorrelationId:{CorrelationId}", correlationId);
        try
        {
            await next();
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            http.Response.Clear();
            http.Response.Headers[BotCorrelationId.HeaderName] = correlationId;
            var result = BotProblems.FromException(e, correlationId);
            Log(e, result.StatusCode);
            await result.ExecuteAsync(http);
            return;
        }

        // A bare error status (an unmapped route) still gets a problem body.
        if (http.Response is { StatusCode: >= 400, HasStarted: false, ContentLength: null, ContentType: null })
        {
            await BotProblems.FromStatus(http.Response.StatusCode, correlationId).ExecuteAsync(http);
        }
    }

    private void Log(Exception e, int status)
    {
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning("A dependency is unavailable ({Error}); answered {Status}", e.GetType().Name, status);
        }
        else if (status >= 500)
        {
            // The exception's message and stack only: the bot's exceptions never carry what a user typed.
            logger.LogError(e, "Request failed with {Status}", status);
        }
        else
        {
            logger.LogInformation("Request refused with {Status}: {Error}", status, e.GetType().Name);
        }
    }
}
