namespace LocalFunctions.Hosting.Http;

/// <summary>
/// What an app runs around every HTTP call (correlation id, problem+json, limits), as its worker middleware does on the
/// Functions host. Each app adapts its own edge to this.
/// </summary>
public interface ILocalHttpEdge
{
    /// <param name="function">The matched <c>[Function]</c> name; null when no function matched.</param>
    /// <param name="routeValues">The call's route values.</param>
    Task InvokeAsync(HttpContext http, string? function, IReadOnlyDictionary<string, object?>? routeValues, Func<Task> next);
}
