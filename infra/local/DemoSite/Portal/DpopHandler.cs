using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace DemoSite.Portal;

/// <summary>
/// Adds a DPoP proof (RFC 9449) to what the site sends the portal: every POST of the OpenID Connect handler's back
/// channel (the pushed authorization request and the token request) and every call with a DPoP-bound access token
/// (with ath). When the portal asks for its nonce (400 <c>use_dpop_nonce</c> from the token endpoint, §8; a 401 DPoP
/// challenge with that error from a resource, §9) the request is sent once more with it; the nonce last seen from
/// each origin is reused, so usually no retry is needed. Requests without either pass through untouched (discovery,
/// keys).
/// </summary>
public sealed class DpopHandler(DpopKey key) : DelegatingHandler
{
    private const string ProofHeader = "DPoP";
    private const string NonceHeader = "DPoP-Nonce";
    private const string UseNonce = "use_dpop_nonce";

    private readonly ConcurrentDictionary<string, string> _nonces = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var accessToken = request.Headers.Authorization is { Scheme: var scheme, Parameter: var token }
            && string.Equals(scheme, ProofHeader, StringComparison.OrdinalIgnoreCase) ? token : null;
        if (request.Method != HttpMethod.Post && accessToken is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }
        var origin = request.RequestUri!.GetLeftPart(UriPartial.Authority);
        // The body may have to go twice: kept, since a request's content is read once.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var response = await SendWithProofAsync(request, origin, accessToken, cancellationToken);
        if (!await AsksForNonceAsync(response, cancellationToken) || !response.Headers.Contains(NonceHeader))
        {
            return response;
        }
        response.Dispose();
        return await SendWithProofAsync(Copy(request, body), origin, accessToken, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithProofAsync(HttpRequestMessage request, string origin, string? accessToken, CancellationToken cancellationToken)
    {
        request.Headers.Remove(ProofHeader);
        request.Headers.Add(ProofHeader, key.Proof(request.Method, request.RequestUri!, _nonces.GetValueOrDefault(origin), accessToken));
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues(NonceHeader, out var nonces) && nonces.FirstOrDefault() is { Length: > 0 } nonce)
        {
            _nonces[origin] = nonce;
        }
        return response;
    }

    private static async Task<bool> AsksForNonceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return response.Headers.WwwAuthenticate.Any(c =>
                string.Equals(c.Scheme, ProofHeader, StringComparison.OrdinalIgnoreCase) && c.Parameter?.Contains(UseNonce, StringComparison.Ordinal) == true);
        }
        if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return false;
        }
        // Buffered: the handler reading the error afterwards still finds the body.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return error.RootElement.TryGetProperty("error", out var code) && code.ValueEquals(UseNonce);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }
        return copy;
    }
}
