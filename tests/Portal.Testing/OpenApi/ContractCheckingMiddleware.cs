using Microsoft.AspNetCore.Http;

namespace Portal.Testing.OpenApi;

/// <summary>
/// Holds each /api response until it is checked against the OpenAPI document, then sends it on. A response the document
/// does not describe is recorded and thrown, so the test that made the call fails (the test server passes the
/// exception to the client) and the host's owner can fail the run even when the caller was the bot. Routes of a
/// test's own functions (<paramref name="ignored"/>) are not the portal's API and pass unchecked.
/// </summary>
public sealed class ContractCheckingMiddleware(
    RequestDelegate next, OpenApiContract contract, ContractChecks checks, IReadOnlyList<System.Text.RegularExpressions.Regex> ignored)
{
    private const string Prefix = "/api";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments(Prefix, out var path) || ignored.Any(route => route.IsMatch(path.Value ?? "")))
        {
            await next(http);
            return;
        }
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        var violation = contract.Check(http.Request.Method, path.Value ?? "/", http.Response.StatusCode, http.Response.ContentType,
            buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        checks.Record(violation);
        if (violation is not null)
        {
            throw new ContractViolationException(violation);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }
}
