using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories.Trees;

/// <summary>
/// The daily trees in the blob container <c>history-trees</c>, one immutable blob "{day}.json" each. A blob, not a
/// Cosmos document: the leaves of every resident outgrow a document's 2 MB, and a blob created only if absent
/// (If-None-Match: *) makes the day's tree written once, whoever runs the timer and however often.
/// </summary>
/// <param name="containerName">Another container than <see cref="ContainerName"/> (setting <see cref="ContainerSetting"/>; tests).</param>
public sealed class HistoryTreeStore(StorageAccount storage, string containerName = HistoryTreeStore.ContainerName)
{
    public const string ContainerName = "history-trees";

    public const string ContainerSetting = "HistoryTreesContainer";

    private const string Suffix = ".json";

    private BlobContainerClient Container => storage.Blobs.GetBlobContainerClient(containerName);

    /// <returns>False when the day's tree already exists (it is left as it is).</returns>
    public async Task<bool> CreateAsync(HistoryTree tree, CancellationToken cancellationToken)
    {
        try
        {
            await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await Container.GetBlobClient(tree.Day + Suffix).UploadAsync(BinaryData.FromObjectAsJson(tree, JsonSerializerOptions.Web),
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e))
        {
            throw new DependencyUnavailableException("storage", e);
        }
    }

    /// <returns>Null when there is no tree of that day.</returns>
    public async Task<HistoryTree?> ReadAsync(string day, CancellationToken cancellationToken)
    {
        try
        {
            var content = await Container.GetBlobClient(day + Suffix).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<HistoryTree>(JsonSerializerOptions.Web);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e))
        {
            throw new DependencyUnavailableException("storage", e);
        }
    }

    /// <returns>The newest day with a tree (day names sort as dates), or null when there is none yet.</returns>
    public async Task<string?> LatestDayAsync(CancellationToken cancellationToken)
    {
        try
        {
            string? latest = null;
            await foreach (var blob in Container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                var day = blob.Name[..^Suffix.Length];
                latest = latest is null || string.CompareOrdinal(day, latest) > 0 ? day : latest;
            }
            return latest;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e))
        {
            throw new DependencyUnavailableException("storage", e);
        }
    }
}
