using LocalFunctions.Hosting.Http;
using Portal.Functions.Http;

namespace Portal.LocalHost;

/// <summary>The portal's <see cref="HttpEdge"/> around every call on the local host, as its worker middleware in Azure.</summary>
public sealed class PortalLocalHttpEdge(HttpEdge edge) : ILocalHttpEdge
{
    public Task InvokeAsync(
        HttpContext http, string? function, IReadOnlyDictionary<string, object?>? routeValues, Func<Task> next) =>
        edge.InvokeAsync(http, function, routeValues, next);
}
