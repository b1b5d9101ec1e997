using Azure;
using Azure.Storage.Blobs;

namespace Portal.Domain.Identity.Certificates;

/// <summary>The CRLs as blobs in one container (where the run command will publish them).</summary>
public sealed class BlobCrlSource(BlobContainerClient container, CrlOptions options) : ICrlSource
{
    public async Task<byte[]?> FetchAsync(CertificatePurpose purpose, CancellationToken cancellationToken)
    {
        try
        {
            var content = await container.GetBlobClient(options.NameOf(purpose)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Not published yet (or no container): the same as no CRL; the store keeps what it has.
            return null;
        }
    }
}
