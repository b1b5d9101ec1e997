using Bot.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Bot.Functions.Health;

/// <summary>Liveness with the bot's database, for the load balancer and run.sh. Anonymous: it reveals no data.</summary>
public sealed class HealthFunctions(BotDatabase database)
{
    [Function("GetBotHealth")]
    public async Task<IResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            await database.Container(BotContainers.WebChatMessages).ReadContainerAsync(cancellationToken: cancellationToken);
            return TypedResults.Ok(new { status = "healthy" });
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return TypedResults.Json(new { status = "unhealthy", dependency = "cosmos", error = e.GetType().Name },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
