using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Drafts.Attachments;

/// <summary>
/// Attachment bytes in the <c>attachments</c> blob container, named "{residentId}/{draftId}/{attachmentId}", so a
/// draft's files are one prefix to delete with it. A file is checked (type by content, size, malware) on the way in;
/// a refused file leaves nothing behind.
/// </summary>
public sealed class AttachmentStore(StorageAccount storage, IMalwareScanner scanner)
{
    public const string ContainerName = "attachments";

    private volatile bool _created;

    private BlobContainerClient Container => storage.Blobs.GetBlobContainerClient(ContainerName);

    public static string Prefix(string residentId, string draftId) => $"{residentId}/{draftId}/";

    /// <exception cref="AttachmentTypeNotAllowedException">Not a PDF, JPEG or PNG by its first bytes (checked before anything is stored).</exception>
    /// <exception cref="AttachmentTooLargeException">Over <see cref="AttachmentLimits.MaxBytes"/>.</exception>
    /// <exception cref="MalwareDetectedException">The scanner flagged it.</exception>
    public async Task<UploadedFile> UploadAsync(
        string residentId, string draftId, string attachmentId, Stream content, CancellationToken cancellationToken)
    {
        var head = await ReadHeadAsync(content, cancellationToken);
        var contentType = AttachmentTypes.Sniff(head) ?? throw new AttachmentTypeNotAllowedException();
        var container = await ContainerAsync(cancellationToken);
        var blob = container.GetBlobClient(Prefix(residentId, draftId) + attachmentId);
        await using var guarded = new GuardedUploadStream(head, content, AttachmentLimits.MaxBytes);
        try
        {
            await blob.UploadAsync(guarded, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
                cancellationToken);
        }
        catch (Exception) when (guarded.Exceeded)
        {
            // The blob client may wrap the stream's exception; the flag says what happened. Nothing was committed,
            // but a commit racing the failure is removed all the same.
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            throw new AttachmentTooLargeException(AttachmentLimits.MaxBytes);
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
        return new UploadedFile(contentType, guarded.BytesRead, guarded.Sha256());
    }

    /// <returns>The bytes as stored, or null when there is no such file.</returns>
    public async Task<Stream?> OpenReadAsync(string residentId, string draftId, string attachmentId, CancellationToken cancellationToken)
    {
        try
        {
            return await Container.GetBlobClient(Prefix(residentId, draftId) + attachmentId).OpenReadAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string residentId, string draftId, string attachmentId, CancellationToken cancellationToken)
    {
        try
        {
            await Container.GetBlobClient(Prefix(residentId, draftId) + attachmentId).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: nothing to delete.
        }
    }

    /// <summary>Deletes every file of the draft (its whole prefix, also files a failed update never recorded).</summary>
    /// <returns>How many files were deleted.</returns>
    public async Task<int> DeleteAllAsync(string residentId, string draftId, CancellationToken cancellationToken)
    {
        var deleted = 0;
        try
        {
            await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix(residentId, draftId) }, cancellationToken))
            {
                if ((await Container.DeleteBlobIfExistsAsync(item.Name, cancellationToken: cancellationToken)).Value)
                {
                    deleted++;
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: nothing to delete.
        }
        return deleted;
    }

    /// <summary>The names under a draft's prefix (for tests and diagnostics).</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string residentId, string draftId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        try
        {
            await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix(residentId, draftId) }, cancellationToken))
            {
                names.Add(item.Name);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
        return names;
    }

    private async Task<BlobContainerClient> ContainerAsync(CancellationToken cancellationToken)
    {
        var container = Container;
        if (!_created)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        return container;
    }

    private static async Task<byte[]> ReadHeadAsync(Stream content, CancellationToken cancellationToken)
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
}
