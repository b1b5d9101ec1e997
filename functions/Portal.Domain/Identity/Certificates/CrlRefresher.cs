using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Portal.Domain.Identity.Certificates;

/// <summary>Fetches both CRLs from the source and offers them to the store. A failed fetch keeps the current CRL.</summary>
public sealed class CrlRefresher(ICrlSource source, CrlStore store, ILogger<CrlRefresher>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<CrlRefresher>.Instance;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        foreach (var purpose in Enum.GetValues<CertificatePurpose>())
        {
            byte[]? der;
            try
            {
                der = await source.FetchAsync(purpose, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Any source failure (I/O, network, storage) must not stop the other CA's refresh or the service.
                _logger.LogWarning(e, "Could not fetch the {Purpose} CRL; the current one stays.", purpose);
                continue;
            }
            if (der is null)
            {
                _logger.LogWarning("There is no {Purpose} CRL to fetch.", purpose);
                continue;
            }
            store.Offer(purpose, der);
        }
    }
}
