using Microsoft.AspNetCore.Http;

namespace Functions.Http.Edge;

/// <summary>
/// What an app adds to its edge before a function runs (the portal: recording the operation name, its rate limits),
/// so an app without such needs (the bot) has none of it. Runs after the correlation id is set.
/// </summary>
public interface IHttpEdgeHook
{
    /// <param name="function">The <c>[Function]</c> name being called; null when no function matched the route.</param>
    /// <param name="routeValues">The call's route values.</param>
    /// <exception cref="Exception">A typed error to refuse the call: answered through the problem mappings, and the
    /// function does not run.</exception>
    void BeforeFunction(HttpContext http, string? function, IReadOnlyDictionary<string, object?>? routeValues);
}
