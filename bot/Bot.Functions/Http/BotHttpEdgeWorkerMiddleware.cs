using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Bot.Functions.Http;

/// <summary>Runs <see cref="BotHttpEdge"/> around HTTP-triggered functions on the Azure Functions host.</summary>
public sealed class BotHttpEdgeWorkerMiddleware(BotHttpEdge edge) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) =>
        context.GetHttpContext() is { } http ? edge.InvokeAsync(http, () => next(context)) : next(context);
}
