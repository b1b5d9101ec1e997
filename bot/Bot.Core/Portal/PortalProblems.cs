using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Login;

namespace Bot.Core.Portal;

/// <summary>Reads the portal's RFC 9457 problem off a refused answer, for a flow that tells the resident its Japanese words.</summary>
public static class PortalProblems
{
    /// <summary>The problem, or one without title and detail when the body is not one (a gateway's page, an empty body).</summary>
    public static async Task<PortalProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var type = Text(problem, "type") ?? "";
            return new PortalProblem((int)response.StatusCode, type[(type.LastIndexOf('/') + 1)..], Text(problem, "title"), Text(problem, "detail"));
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return new PortalProblem((int)response.StatusCode, "", null, null);
        }
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
