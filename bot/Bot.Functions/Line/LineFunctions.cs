using Bot.Channels.Line.Webhook;
using Bot.Functions.Http;
using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Functions.Line;

/// <summary>
/// The LINE webhook. The signature is checked on the raw bytes before anything is parsed: a bad one is 401 and
/// nothing else. Events are processed before answering (each turn is short); a deployment whose turns grow slow moves
/// <see cref="LineWebhookProcessor.ProcessAsync"/> behind a queue, which the processor already allows.
/// </summary>
public sealed class LineFunctions(IServiceProvider services)
{
    /// <summary>LINE sends small JSON batches; anything larger is not LINE.</summary>
    private const int MaxBodyBytes = 1024 * 1024;

    [Function("LineWebhook")]
    public async Task<IResult> Webhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "line/webhook")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var processor = services.GetService<LineWebhookProcessor>() ?? throw ChannelNotConfigured.For("LINE");
        var body = await RequestBody.ReadWithinAsync(request, MaxBodyBytes, cancellationToken);
        var outcome = await processor.HandleAsync(body, request.Headers["X-Line-Signature"].ToString(), cancellationToken);
        return TypedResults.StatusCode(outcome.StatusCode);
    }
}
