using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Drafts.Attachments;

/// <summary>
/// A blob container of files that arrive from outside (a resident's draft attachments, an agency's notice PDFs):
/// each upload is size-limited while it streams and scanned once stored, and a refused file leaves nothing behind.
/// The container is made on the first upload; reads, lists and deletes before that find nothing.
/// </summary>
public sealed class CheckedBlobContainer(StorageAccount storage, string name, IMalwareScanner scanner)
{
    private volatile bool _created;

    public BlobContainerClient Container => storage.Blobs.GetBlobContainerClient(name);

    /// <summary>The first bytes of an upload, read before anything is stored so the type can be told by content.</summary>
    public static async Task<byte[]> ReadHeadAsync(Stream content, CancellationToken cancellationToken)
    {
        var head = new byte[AttachmentTypes.HeadLength];
        var filled = 0;
        int read;
        while (filled < head.Length && (read = await content.ReadAsync(head.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }
        return head[..filled];
    }

    /// <summary>Stores <paramref name="head"/> and the rest of <paramref name="content"/> as <paramref name="blobName"/>.</summary>
    /// <returns>The size and SHA-256 (lowercase hex) of what was stored.</returns>
    /// <exception cref="AttachmentTooLargeException">Over <paramref name="maxBytes"/>.</exception>
    /// <exception cref="MalwareDetectedException">The scanner flagged it.</exception>
    /// <exception cref="DependencyUnavailableException">Storage could not be reached.</exception>
    public async Task<(long Size, string Sha256)> UploadAsync(
        string blobName, byte[] head, Stream content, long maxBytes, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        var container = Container;
        if (!_created)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        var blob = container.GetBlobClient(blobName);
        await using var guarded = new GuardedUploadStream(head, content, maxBytes);
        try
        {
            await blob.UploadAsync(guarded, options, cancellationToken);
        }
        catch (Exception) when (guarded.Exceeded)
        {
            // The blob client may wrap the stream's exception; the flag says what happened. Nothing was committed,
            // but a commit racing the failure is removed all the same.
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            throw new AttachmentTooLargeException(maxBytes);
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e))
        {
            throw new DependencyUnavailableException("storage", e);
        }
        if (await scanner.IsMaliciousAsync(blob, cancellationToken))
        {
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            throw new MalwareDetectedException();
        }
        return (guarded.BytesRead, guarded.Sha256());
    }

    /// <returns>The bytes as stored, or null when there is no such file.</returns>
    public async Task<Stream?> OpenReadAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            return await Container.GetBlobClient(blobName).OpenReadAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            await Container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: nothing to delete.
        }
    }

    /// <summary>Deletes every file under <paramref name="prefix"/>.</summary>
    /// <returns>How many files were deleted.</returns>
    public async Task<int> DeleteAllAsync(string prefix, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var blobName in await ListAsync(prefix, cancellationToken))
        {
            if ((await Container.DeleteBlobIfExistsAsync(blobName, cancellationToken: cancellationToken)).Value)
            {
                deleted++;
            }
        }
        return deleted;
    }

    /// <summary>The names under <paramref name="prefix"/>.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        try
        {
            await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
            {
                names.Add(item.Name);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: no files.
        }
        return names;
    }
}
