using System.Collections.Concurrent;
using Microsoft.Azure.Cosmos;

namespace Portal.Benchmarks.Exchanges;

/// <summary>
/// Counts what the process asks the store for, at the SDK's request pipeline, by kind: point reads (GET of one
/// document), queries (each page is one), query plans, and document writes (create, upsert, replace, patch, delete) —
/// whatever repository made the call. Retries of one request by the SDK would count again (none happen locally).
/// </summary>
public sealed class CosmosRequestCounter : RequestHandler
{
    public const string Read = "read";

    public const string Query = "query";

    public const string QueryPlan = "query plan";

    public const string Write = "write";

    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        if (KindOf(request) is { } kind)
        {
            _requests.AddOrUpdate(kind, 1, (_, n) => n + 1);
        }
        return await base.SendAsync(request, cancellationToken);
    }

    public int Of(string kind) => _requests.GetValueOrDefault(kind);

    public void Reset() => _requests.Clear();

    private static string? KindOf(RequestMessage request)
    {
        var segments = Segments(request.RequestUri);
        var document = segments is { Length: 6 } && segments[4] == "docs";
        var onContainer = segments is { Length: 4 or 5 } && segments[2] == "colls";
        return request.Method.Method switch
        {
            "GET" when document => Read,
            "PUT" or "PATCH" or "DELETE" when document => Write,
            "POST" when onContainer && request.Headers["x-ms-cosmos-is-query-plan-request"] is not null => QueryPlan,
            "POST" when onContainer && (request.Headers["x-ms-documentdb-isquery"] is not null
                || request.Headers.ContentType?.StartsWith("application/query+json", StringComparison.Ordinal) == true) => Query,
            // A create or upsert is a POST on the container's documents.
            "POST" when onContainer => Write,
            _ => null,
        };
    }

    private static string[] Segments(Uri uri) =>
        (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString).Trim('/').Split('/');
}
