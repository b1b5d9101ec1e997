using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Attachments;

/// <summary>
/// A submitted application's files in the <c>application-attachments</c> blob container, named
/// "{localGovernmentCode}/{receiptNumber}/{revision}/{index}" (index is the 1-based position in the revision's
/// attachment list, which never changes): the receiving body's files share its prefix, and a draft's later deletion
/// cannot touch them. Written once when the application is stored; the hash in the signed document binds them.
/// </summary>
public sealed class ApplicationAttachmentStore(StorageAccount storage)
{
    public const string ContainerName = "application-attachments";

    private volatile bool _created;

    private BlobContainerClient Container => storage.Blobs.GetBlobContainerClient(ContainerName);

    public static string BlobName(string localGovernmentCode, string receiptNumber, int revision, int index) =>
        $"{localGovernmentCode}/{receiptNumber}/{revision}/{index}";

    /// <summary>Stores one file, checking on the way that its bytes still hash to what the signed document names.</summary>
    /// <exception cref="AttachmentChangedException">The bytes do not hash to <paramref name="expectedSha256"/>.</exception>
    public async Task StoreAsync(string localGovernmentCode, string receiptNumber, int revision, int index,
        Stream content, string contentType, string expectedSha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var actual = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        if (!string.Equals(actual, expectedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new AttachmentChangedException(index);
        }
        buffer.Position = 0;
        var container = await ContainerAsync(cancellationToken);
        try
        {
            await container.GetBlobClient(BlobName(localGovernmentCode, receiptNumber, revision, index)).UploadAsync(buffer,
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e))
        {
            throw new DependencyUnavailableException("storage", e);
        }
    }

    /// <returns>The bytes as stored, or null when there is no such file.</returns>
    public async Task<Stream?> OpenReadAsync(string localGovernmentCode, string receiptNumber, int revision, int index,
        CancellationToken cancellationToken)
    {
        try
        {
            return await Container.GetBlobClient(BlobName(localGovernmentCode, receiptNumber, revision, index))
                .OpenReadAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
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
