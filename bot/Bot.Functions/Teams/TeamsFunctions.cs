using Bot.Channels.Teams;
using Bot.Functions.Http;
using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Functions.Teams;

/// <summary>The Bot Framework messaging endpoint (Microsoft Teams): the Bot Connector's JWT is checked before anything else.</summary>
public sealed class TeamsFunctions(IServiceProvider services)
{
    /// <summary>Activities are small JSON; anything larger is refused before it is read.</summary>
    private const int MaxBodyBytes = 256 * 1024;

    [Function("TeamsMessages")]
    public async Task<IResult> Messages(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "messages")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var endpoint = services.GetService<TeamsMessagesEndpoint>() ?? throw ChannelNotConfigured.For("Microsoft Teams");
        var body = await RequestBody.ReadWithinAsync(request, MaxBodyBytes, cancellationToken);
        using var stream = new MemoryStream(body.ToArray(), writable: false);
        return TypedResults.StatusCode(await endpoint.HandleAsync(request.Headers.Authorization.ToString(), stream, cancellationToken));
    }
}
