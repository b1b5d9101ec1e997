using System.Net;
using System.Net.Http.Json;
using System.Text;
using Portal.Contracts.Procedures;

namespace Bot.Core.Portal;

/// <summary>
/// The portal's public HTTP API as the bot uses it (typed client: base address <c>Bot:Portal:BaseUrl</c>, the standard
/// resilience pipeline retries 429/5xx with backoff). Errors become <see cref="PortalApiException"/>.
/// </summary>
public sealed class PortalApiClient(HttpClient http)
{
    /// <summary>GET /api/local-governments?q=: by name, reading or part of one.</summary>
    public async Task<LocalGovernmentList> FindLocalGovernmentsAsync(string nameOrKana, CancellationToken cancellationToken) =>
        await GetAsync<LocalGovernmentList>("api/local-governments" + Query(("q", nameOrKana)), "find-local-governments", cancellationToken)
        ?? new LocalGovernmentList([]);

    /// <summary>GET /api/procedures.</summary>
    public async Task<ProcedureSearchResponse> SearchAsync(ProcedureQuery query, CancellationToken cancellationToken)
    {
        var path = "api/procedures" + Query(
            ("q", query.Keyword), ("lg", query.LocalGovernment), ("category", query.Category), ("lifeEvent", query.LifeEvent), ("page", query.Page));
        return await GetAsync<ProcedureSearchResponse>(path, "search-procedures", cancellationToken)
            ?? throw new PortalApiException(HttpStatusCode.NotFound, "search-procedures");
    }

    /// <summary>GET /api/procedures/{id}?lg=; null when there is no such procedure (any more).</summary>
    public Task<ProcedureDetailView?> GetProcedureAsync(string procedureId, string? localGovernment, CancellationToken cancellationToken) =>
        GetAsync<ProcedureDetailView>($"api/procedures/{Uri.EscapeDataString(procedureId)}" + Query(("lg", localGovernment)), "get-procedure",
            cancellationToken);

    /// <summary>The body, or null for 404; any other error throws.</summary>
    private async Task<T?> GetAsync<T>(string path, string operation, CancellationToken cancellationToken) where T : class
    {
        using var response = await http.GetAsync(path, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, operation);
        }
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
            ?? throw new PortalApiException(response.StatusCode, operation);
    }

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }
        return query.ToString();
    }
}
