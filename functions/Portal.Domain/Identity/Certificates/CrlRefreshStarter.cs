using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// When trust anchors are configured (a folder or a Key Vault), loads them at start-up (awaited, no thread blocked)
/// and then starts the <see cref="CrlRefreshService"/>. Without them the host still starts and serves everything
/// else (health, the local host and its tests run that way); completing a card request then fails with a clear
/// configuration error.
/// </summary>
/// <param name="refresh">Resolved only after the anchors are loaded: the CRL store it fills is built over them.</param>
public sealed class CrlRefreshStarter(TrustAnchorLoader anchors, Func<CrlRefreshService> refresh, ILogger<CrlRefreshStarter> logger)
    : IHostedService
{
    private CrlRefreshService? _refresh;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!anchors.IsConfigured)
        {
            logger.LogWarning("{Section} is not configured: card requests cannot be completed.", TrustAnchorOptions.Section);
            return;
        }
        await anchors.LoadAsync(cancellationToken);
        _refresh = refresh();
        await _refresh.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        _refresh?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
