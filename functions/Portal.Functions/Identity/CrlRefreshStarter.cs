using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Certificates;

namespace Portal.Functions.Identity;

/// <summary>
/// Starts the <see cref="CrlRefreshService"/> only when trust anchors are configured (a folder or a Key Vault).
/// Without them the host still starts and serves everything else (health, the local host and its tests run that
/// way); completing a card request then fails with a clear configuration error. Resolving the refresher is what
/// loads the anchors, so with configuration they load once, here, at start-up.
/// </summary>
public sealed class CrlRefreshStarter(IServiceProvider services, IOptions<TrustAnchorOptions> anchors, ILogger<CrlRefreshStarter> logger)
    : IHostedService
{
    private CrlRefreshService? _refresh;

    public static bool IsConfigured(TrustAnchorOptions options) => options.Folder is not null || options.VaultUri is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!IsConfigured(anchors.Value))
        {
            logger.LogWarning("{Section} is not configured: card requests cannot be completed.", TrustAnchorOptions.Section);
            return;
        }
        _refresh = services.GetRequiredService<CrlRefreshService>();
        await _refresh.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        _refresh?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
