using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Portal.Domain.Drafts.Attachments;
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

    private readonly CheckedBlobContainer _files = new(storage, ContainerName, scanner);

    private BlobContainerClient Container => _files.Container;

    public static string BlobName(string agencyClientId, string uploadId) => $"{agencyClientId}/{uploadId}";

    /// <returns>The new upload's id and size.</returns>
    /// <exception cref="NoticeAttachmentNotPdfException">Not a PDF by its first bytes (checked before anything is stored).</exception>
    /// <exception cref="AttachmentTooLargeException">Over <see cref="NoticeAttachmentLimits.MaxBytes"/>.</exception>
    /// <exception cref="MalwareDetectedException">The scanner flagged it.</exception>
    public async Task<(string Id, long Size)> UploadAsync(string agencyClientId, Stream content, CancellationToken cancellationToken)
    {
        var head = await CheckedBlobContainer.ReadHeadAsync(content, cancellationToken);
        if (AttachmentTypes.Sniff(head) != AttachmentTypes.Pdf)
        {
            throw new NoticeAttachmentNotPdfException();
        }
        var id = NoticeAttachmentIdentifiers.NewId();
        var (size, _) = await _files.UploadAsync(BlobName(agencyClientId, id), head, content, NoticeAttachmentLimits.MaxBytes, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = AttachmentTypes.Pdf },
            Tags = new Dictionary<string, string> { [StateTag] = Pending },
        }, cancellationToken);
        return (id, size);
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
    public Task<Stream?> OpenReadAsync(string agencyClientId, string uploadId, CancellationToken cancellationToken) =>
        _files.OpenReadAsync(BlobName(agencyClientId, uploadId), cancellationToken);

    /// <summary>Deletes one of the client's files; true when it was there.</summary>
    public async Task<bool> DeleteAsync(string agencyClientId, string uploadId, CancellationToken cancellationToken) =>
        (await Container.GetBlobClient(BlobName(agencyClientId, uploadId)).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value;

    /// <summary>The names under a client's prefix (for tests and diagnostics).</summary>
    public Task<IReadOnlyList<string>> ListAsync(string agencyClientId, CancellationToken cancellationToken) =>
        _files.ListAsync(agencyClientId + "/", cancellationToken);
}
