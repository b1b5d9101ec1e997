using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Functions.Http.Bodies;

/// <summary>
/// Reads a JSON request body within the size limit. Every failure is a typed error that the edge answers as
/// 400 (naming where the JSON broke), 413 or 415 — before anything is changed. Requiring a JSON Content-Type also keeps
/// other sites from posting with a plain form: a browser has to ask first, and neither app allows another origin.
/// </summary>
public sealed class JsonBodyReader(IOptions<HttpLimits> limits)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <exception cref="PayloadTooLargeException">The body is over <see cref="HttpLimits.MaxJsonBodyBytes"/>.</exception>
    /// <exception cref="UnsupportedMediaTypeException">The Content-Type is not JSON.</exception>
    /// <exception cref="MalformedJsonException">The body is empty, not JSON, or not of <typeparamref name="T"/>'s shape.</exception>
    public async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = limits.Value.MaxJsonBodyBytes;
        if (request.ContentLength > limit)
        {
            throw new PayloadTooLargeException(limit);
        }
        if (!IsJson(request.ContentType))
        {
            throw new UnsupportedMediaTypeException(request.ContentType);
        }

        var json = await RequestBody.ReadWithinAsync(request, limit, cancellationToken);
        if (json.Length == 0)
        {
            throw new MalformedJsonException("empty", null, null, null);
        }
        try
        {
            // Syntax first, so a broken document is told apart from a well-formed one of the wrong shape.
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new MalformedJsonException("syntax", null, e.LineNumber, e.BytePositionInLine, e);
        }
        try
        {
            return JsonSerializer.Deserialize<T>(json.Span, Json) ?? throw new MalformedJsonException("shape", "$", 0, 0);
        }
        catch (JsonException e)
        {
            throw new MalformedJsonException("shape", e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
