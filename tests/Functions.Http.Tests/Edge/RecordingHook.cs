using Functions.Http.Edge;
using Microsoft.AspNetCore.Http;

namespace Functions.Http.Tests.Edge;

/// <summary>A hook that records what the edge told it, and refuses the call when given a refusal.</summary>
internal sealed class RecordingHook : IHttpEdgeHook
{
    public List<(string? Function, IReadOnlyDictionary<string, object?>? RouteValues, string? CorrelationId)> Calls { get; } = [];

    public Exception? Refusal { get; init; }

    public void BeforeFunction(HttpContext http, string? function, IReadOnlyDictionary<string, object?>? routeValues)
    {
        Calls.Add((function, routeValues, CorrelationId.Of(http)));
        if (Refusal is not null)
        {
            throw Refusal;
        }
    }
}
