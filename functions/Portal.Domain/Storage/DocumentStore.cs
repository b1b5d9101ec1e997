using System.Net;
using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;

namespace Portal.Domain.Storage;

/// <summary>
/// Single-document operations on one container, with the store's failures turned into the portal's typed errors.
/// Feature repositories wrap one of these; they never see a <see cref="CosmosException"/>.
/// Only what the local Cosmos-protocol server also does is used: no batches, bulk, OFFSET/LIMIT or DISTINCT.
/// </summary>
public sealed class DocumentStore<T>(Container container) where T : IDocument
{
    public async Task<Stored<T>> CreateAsync(T document, CancellationToken cancellationToken)
    {
        var response = await Call(document.Id,
            () => container.CreateItemAsync(document, new PartitionKey(document.PartitionKey), cancellationToken: cancellationToken));
        return new Stored<T>(response.Resource, response.ETag);
    }

    /// <returns>The document, or null when there is none with that id in that partition.</returns>
    public async Task<Stored<T>?> ReadAsync(string id, string partitionKey, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Call(id,
                () => container.ReadItemAsync<T>(id, new PartitionKey(partitionKey), cancellationToken: cancellationToken));
            return new Stored<T>(response.Resource, response.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<Stored<T>> UpsertAsync(T document, CancellationToken cancellationToken)
    {
        var response = await Call(document.Id,
            () => container.UpsertItemAsync(document, new PartitionKey(document.PartitionKey), cancellationToken: cancellationToken));
        return new Stored<T>(response.Resource, response.ETag);
    }

    /// <exception cref="ConcurrencyConflictException">The document changed since <paramref name="ifMatch"/> was read.</exception>
    public async Task<Stored<T>> ReplaceAsync(T document, string ifMatch, CancellationToken cancellationToken)
    {
        var response = await Call(document.Id,
            () => container.ReplaceItemAsync(document, document.Id, new PartitionKey(document.PartitionKey),
                new ItemRequestOptions { IfMatchEtag = ifMatch }, cancellationToken));
        return new Stored<T>(response.Resource, response.ETag);
    }

    /// <summary>A replace that answers instead of throwing when it lost: the document changed or was deleted meanwhile.</summary>
    /// <returns>Null when <paramref name="ifMatch"/> is no longer current or the document is gone.</returns>
    public async Task<Stored<T>?> TryReplaceAsync(T document, string ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            return await ReplaceAsync(document, ifMatch, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <returns>False when there was nothing to delete.</returns>
    public async Task<bool> DeleteAsync(string id, string partitionKey, string? ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            await Call(id, () => container.DeleteItemAsync<T>(id, new PartitionKey(partitionKey),
                new ItemRequestOptions { IfMatchEtag = ifMatch }, cancellationToken));
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>One page of a query; scoped to one partition when <paramref name="partitionKey"/> is given.</summary>
    /// <exception cref="InvalidContinuationException">The store refused <paramref name="continuationToken"/>.</exception>
    public async Task<Page<T>> QueryAsync(
        QueryDefinition query, string? partitionKey, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        try
        {
            return await QueryPageAsync(query, partitionKey, pageSize, continuationToken, cancellationToken);
        }
        // The token comes from a caller: a Bad Request with one is that token refused, not a fault of ours.
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.BadRequest && continuationToken is not null)
        {
            throw new InvalidContinuationException(e);
        }
    }

    private async Task<Page<T>> QueryPageAsync(
        QueryDefinition query, string? partitionKey, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions
        {
            MaxItemCount = pageSize,
            PartitionKey = partitionKey is null ? null : new PartitionKey(partitionKey),
        };
        using var iterator = container.GetItemQueryIterator<T>(query, continuationToken, options);
        if (!iterator.HasMoreResults)
        {
            return new Page<T>([], null);
        }
        var response = await Call("query", () => iterator.ReadNextAsync(cancellationToken));
        return new Page<T>(response.ToList(), response.ContinuationToken);
    }

    /// <summary>
    /// Changes after <paramref name="continuation"/> (null = from the beginning), latest version of each document.
    /// </summary>
    public async Task<ChangeBatch<T>> ReadChangesAsync(string? continuation, int maxItems, CancellationToken cancellationToken)
    {
        var start = continuation is null
            ? ChangeFeedStartFrom.Beginning()
            : ChangeFeedStartFrom.ContinuationToken(continuation);
        using var iterator = container.GetChangeFeedIterator<T>(start, ChangeFeedMode.LatestVersion,
            new ChangeFeedRequestOptions { PageSizeHint = maxItems });
        var changes = new List<T>();
        while (iterator.HasMoreResults)
        {
            var response = await Call("changefeed", () => iterator.ReadNextAsync(cancellationToken));
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new ChangeBatch<T>(changes, response.ContinuationToken);
            }
            changes.AddRange(response);
            if (changes.Count >= maxItems)
            {
                return new ChangeBatch<T>(changes, response.ContinuationToken);
            }
        }
        throw new InvalidOperationException("The change feed ended without a continuation.");
    }

    private static async Task<TResult> Call<TResult>(string id, Func<Task<TResult>> call)
    {
        try
        {
            return await call();
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            throw new ConcurrencyConflictException(id, e);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            throw new DuplicateDocumentException(id, e);
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e))
        {
            throw new DependencyUnavailableException("cosmos", e);
        }
    }
}
