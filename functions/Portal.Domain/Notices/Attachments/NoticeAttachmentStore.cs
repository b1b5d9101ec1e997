using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Attachments;

/// <summary>
/// Notice PDFs in the <c>notice-attachments</c> blob container, named "{agencyClientId}/{uploadId}": an id only
/// resolves under the uploading client's own prefix, so another agency's id is simply not there. Checked on the way in
/// like a draft's files (type by content, size streamed, malware scan); a refused file leaves nothing behind. The blob
/// index tag <c>notice</c> is <c>pending</c> until a notice names the file, then <c>sent</c>: the storage lifecycle rule
/// deletes pending files after a day and sent ones after the longest a notice can live (infra/app/storage.bicep).
/// </summary>
public sealed class NoticeAttachmentStore(StorageAccount storage, IMalwareScanner scanner)
{
    public const string ContainerName = "notice-attachments";

    public const string StateTag = "notice";

    public const string Pending = "pending";

    public const string Sent = "sent";

    private volatile bool _created;

    private BlobContainerClient Container => storage.Blobs.GetBlobContainerClient(ContainerName);

    public static string BlobName(string agencyClientId, string uploadId) => $"{agencyClientId}/{uploadId}";

    /// <returns>The new upload's id and size.</returns>
    /// <exception cref="NoticeAttachmentNotPdfException">Not a PDF by its first bytes (checked before anything is stored).</exception>
    /// <exception cref="AttachmentTooLargeException">Over <see cref="NoticeAttachmentLimits.MaxBytes"/>.</exception>
    /// <exception cref="MalwareDetectedException">The scanner flagged it.</exception>
    public async Task<(string Id, long Size)> UploadAsync(string agencyClientId, Stream content, CancellationToken cancellationToken)
    {
        var head = new byte[AttachmentTypes.HeadLength];
        var filled = 0;
        int read;
        while (filled < head.Length && (read = await content.ReadAsync(head.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }
        if (AttachmentTypes.Sniff(head.AsSpan(0, filled)) != AttachmentTypes.Pdf)
        {
            throw new NoticeAttachmentNotPdfException();
        }
        var id = NoticeAttachmentIdentifiers.NewId();
        var container = await ContainerAsync(cancellationToken);
        var blob = container.GetBlobClient(BlobName(agencyClientId, id));
        await using var guarded = new GuardedUploadStream(head[..filled], content, NoticeAttachmentLimits.MaxBytes);
        try
        {
            await blob.UploadAsync(guarded, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = AttachmentTypes.Pdf },
                Tags = new Dictionary<string, string> { [StateTag] = Pending },
            }, cancellationToken);
        }
        catch (Exception) when (guarded.Exceeded)
        {
            // As for drafts: the client may wrap the stream's exception, and a commit racing the failure is removed.
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            throw new AttachmentTooLargeException(NoticeAttachmentLimits.MaxBytes);
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
        return (id, guarded.BytesRead);
    }

    /// <returns>The size and creation time of the client's upload, or null when the client has no such file.</returns>
    public async Task<(long Size, DateTimeOffset CreatedOn)?> FindAsync(string agencyClientId, string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await Container.GetBlobClient(BlobName(agencyClientId, uploadId)).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return (properties.ContentLength, properties.CreatedOn);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Tags the files a notice names as sent, so the lifecycle rule for pending uploads leaves them alone.</summary>
    public async Task MarkSentAsync(string agencyClientId, IEnumerable<string> uploadIds, CancellationToken cancellationToken)
    {
        foreach (var id in uploadIds)
        {
            await Container.GetBlobClient(BlobName(agencyClientId, id))
                .SetTagsAsync(new Dictionary<string, string> { [StateTag] = Sent }, cancellationToken: cancellationToken);
        }
    }

    /// <returns>The bytes as stored, or null when there is no such file.</returns>
    public async Task<Stream?> OpenReadAsync(string agencyClientId, string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            return await Container.GetBlobClient(BlobName(agencyClientId, uploadId)).OpenReadAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The names under a client's prefix (for tests and diagnostics).</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string agencyClientId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        try
        {
            await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = agencyClientId + "/" }, cancellationToken))
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
}
