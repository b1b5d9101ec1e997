using System.Collections.Concurrent;
using Microsoft.Azure.Cosmos;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// Counts the document writes (create, upsert, replace, patch, delete) the process sends, per container, at the SDK's
/// request pipeline: what the product's code asks the store for, whatever repository made the call. Queries and query
/// plans are POSTs too and are not writes; retries of one write by the SDK would count again (none happen locally).
/// </summary>
public sealed class CosmosWriteCounter : RequestHandler
{
    private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        if (IsDocumentWrite(request) && ContainerOf(request.RequestUri) is { } container)
        {
            _writes.AddOrUpdate(container, 1, (_, n) => n + 1);
        }
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>Writes per container since the last <see cref="Reset"/>.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_writes, StringComparer.Ordinal);

    public int Of(string container) => _writes.GetValueOrDefault(container);

    public void Reset() => _writes.Clear();

    private static bool IsDocumentWrite(RequestMessage request)
    {
        var method = request.Method.Method;
        if (method is "PUT" or "PATCH" or "DELETE")
        {
            return IsDocument(request.RequestUri);
        }
        // A create or upsert is a POST on the container itself (dbs/{db}/colls/{container}); so are queries.
        return method == "POST" && Segments(request.RequestUri) is { Length: 4 } s && s[2] == "colls"
            && request.Headers["x-ms-documentdb-isquery"] is null
            && request.Headers["x-ms-cosmos-is-query-plan-request"] is null
            && request.Headers.ContentType?.StartsWith("application/query+json", StringComparison.Ordinal) != true;
    }

    /// <summary>dbs/{db}/colls/{container}/docs/{id}: one document, not a container or a database.</summary>
    private static bool IsDocument(Uri uri) => Segments(uri) is { Length: 6 } s && s[4] == "docs";

    private static string? ContainerOf(Uri uri) => Segments(uri) is { Length: >= 4 } s && s[2] == "colls" ? s[3] : null;

    private static string[] Segments(Uri uri) =>
        (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString).Trim('/').Split('/');
}
