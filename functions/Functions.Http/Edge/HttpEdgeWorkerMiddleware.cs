using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Functions.Http.Edge;

/// <summary>Runs <see cref="HttpEdge"/> around HTTP-triggered functions on the Azure Functions host.</summary>
public sealed class HttpEdgeWorkerMiddleware(HttpEdge edge) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) =>
        context.GetHttpContext() is { } http
            // The binding data holds the route parameters (the worker's HttpContext has no route values of its own).
            ? edge.InvokeAsync(http, context.FunctionDefinition.Name, context.BindingContext.BindingData, () => next(context))
            : next(context);
}
