using System.Net.Http.Json;
using System.Text.Json;
using Portal.Contracts.CardRequests;

namespace Signer.Cli.Portal;

/// <summary>The signer's side of the card-request exchange: GET the request, POST the result to the same link.</summary>
public sealed class PortalExchangeClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CardRequestView> GetAsync(Uri link, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => http.GetAsync(link, cancellationToken));
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<CardRequestView>(Json, cancellationToken)
            ?? throw new PortalProtocolException("The portal answered an empty card request.");
    }

    /// <summary>Posts the code the resident typed; the answer holds what to sign.</summary>
    public async Task<CardRequestView> ConfirmAsync(Uri link, CodeConfirmation confirmation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => http.PostAsJsonAsync(CardRequestLink.ConfirmationOf(link), confirmation, Json, cancellationToken));
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<CardRequestView>(Json, cancellationToken)
            ?? throw new PortalProtocolException("The portal answered an empty card request.");
    }

    public async Task PostAsync<T>(Uri link, T result, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => http.PostAsJsonAsync(link, result, Json, cancellationToken));
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private static async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException e)
        {
            throw new PortalUnreachableException(e);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            throw new PortalUnreachableException(e);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken)
            : default;
        throw new PortalProblemException((int)response.StatusCode,
            problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("type", out var type) ? type.GetString() : null,
            problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("title", out var title) ? title.GetString() : null,
            problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("detail", out var detail) ? detail.GetString() : null);
    }
}
