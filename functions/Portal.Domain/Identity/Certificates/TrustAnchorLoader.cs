using Microsoft.Extensions.Options;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// The configured trust anchors (a folder locally, Key Vault in Azure), loaded once and never by blocking a thread:
/// <see cref="CrlRefreshStarter"/> awaits <see cref="LoadAsync"/> at start-up, and <see cref="Current"/> answers from
/// then on. Without configuration nothing is loaded (no Key Vault call) and the host still starts; the first use of
/// the anchors fails, naming the settings.
/// </summary>
public sealed class TrustAnchorLoader(IOptions<TrustAnchorOptions> options)
{
    private readonly Lock _gate = new();
    private Task<TrustAnchors>? _load;

    public bool IsConfigured => IsConfiguredBy(options.Value);

    /// <exception cref="InvalidOperationException">Not configured (naming the settings), or not loaded yet.</exception>
    public TrustAnchors Current
    {
        get
        {
            RequireConfiguration();
            var load = _load;
            return load is { IsCompletedSuccessfully: true }
                ? load.Result
                : throw new InvalidOperationException(
                    $"The trust anchors are not loaded yet: {nameof(CrlRefreshStarter)} loads them when the host starts.");
        }
    }

    public static bool IsConfiguredBy(TrustAnchorOptions options) => options.Folder is not null || options.VaultUri is not null;

    /// <summary>Loads the anchors, or answers the load already done or under way.</summary>
    /// <exception cref="InvalidOperationException">Not configured: the message names the settings.</exception>
    public Task<TrustAnchors> LoadAsync(CancellationToken cancellationToken)
    {
        RequireConfiguration();
        lock (_gate)
        {
            // A failed load is not kept: the next attempt asks the source again (a Key Vault outage passes).
            if (_load is null || _load.IsFaulted || _load.IsCanceled)
            {
                _load = Source(options.Value).LoadAsync(cancellationToken);
            }
            return _load;
        }
    }

    private void RequireConfiguration()
    {
        if (!IsConfigured)
        {
            throw new InvalidOperationException(
                $"Set {TrustAnchorOptions.Section}:{nameof(TrustAnchorOptions.Folder)} (local) or :{nameof(TrustAnchorOptions.VaultUri)} (Azure) to verify My Number card certificates.");
        }
    }

    private static ITrustAnchorSource Source(TrustAnchorOptions options) =>
        options.Folder is not null ? new LocalTrustAnchorSource(options) : new KeyVaultTrustAnchorSource(options);
}
