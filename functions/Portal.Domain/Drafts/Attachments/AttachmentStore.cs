using Azure.Storage.Blobs.Models;
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

    private readonly CheckedBlobContainer _files = new(storage, ContainerName, scanner);

    public static string Prefix(string residentId, string draftId) => $"{residentId}/{draftId}/";

    /// <exception cref="AttachmentTypeNotAllowedException">Not a PDF, JPEG or PNG by its first bytes (checked before anything is stored).</exception>
    /// <exception cref="AttachmentTooLargeException">Over <see cref="AttachmentLimits.MaxBytes"/>.</exception>
    /// <exception cref="MalwareDetectedException">The scanner flagged it.</exception>
    public async Task<UploadedFile> UploadAsync(
        string residentId, string draftId, string attachmentId, Stream content, CancellationToken cancellationToken)
    {
        var head = await CheckedBlobContainer.ReadHeadAsync(content, cancellationToken);
        var contentType = AttachmentTypes.Sniff(head) ?? throw new AttachmentTypeNotAllowedException();
        var (size, sha256) = await _files.UploadAsync(Prefix(residentId, draftId) + attachmentId, head, content, AttachmentLimits.MaxBytes,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        return new UploadedFile(contentType, size, sha256);
    }

    /// <returns>The bytes as stored, or null when there is no such file.</returns>
    public Task<Stream?> OpenReadAsync(string residentId, string draftId, string attachmentId, CancellationToken cancellationToken) =>
        _files.OpenReadAsync(Prefix(residentId, draftId) + attachmentId, cancellationToken);

    public Task DeleteAsync(string residentId, string draftId, string attachmentId, CancellationToken cancellationToken) =>
        _files.DeleteAsync(Prefix(residentId, draftId) + attachmentId, cancellationToken);

    /// <summary>Deletes every file of the draft (its whole prefix, also files a failed update never recorded).</summary>
    /// <returns>How many files were deleted.</returns>
    public Task<int> DeleteAllAsync(string residentId, string draftId, CancellationToken cancellationToken) =>
        _files.DeleteAllAsync(Prefix(residentId, draftId), cancellationToken);

    /// <summary>The names under a draft's prefix (for tests and diagnostics).</summary>
    public Task<IReadOnlyList<string>> ListAsync(string residentId, string draftId, CancellationToken cancellationToken) =>
        _files.ListAsync(Prefix(residentId, draftId), cancellationToken);
}
