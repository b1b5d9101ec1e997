using Bot.Functions.Http;
using LocalFunctions.Hosting.Http;

namespace Bot.LocalHost;

/// <summary>The bot's <see cref="BotHttpEdge"/> around every call on the local host, as its worker middleware in Azure.</summary>
public sealed class BotLocalHttpEdge(BotHttpEdge edge) : ILocalHttpEdge
{
    public Task InvokeAsync(
        HttpContext http, string? function, IReadOnlyDictionary<string, object?>? routeValues, Func<Task> next) =>
        edge.InvokeAsync(http, next);
}
