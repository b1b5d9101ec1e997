using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// JPKI certificates: the trust anchors (<c>Identity:TrustAnchors</c>), the CRLs kept current in memory
/// (<c>Identity:Crl</c>, a folder or a blob container) and the validator over both. Needs storage for blob CRLs.
/// </summary>
public static class CertificatesServiceCollectionExtensions
{
    public static IServiceCollection AddCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrustAnchorOptions>().Bind(configuration.GetSection(TrustAnchorOptions.Section));
        services.AddOptions<CrlOptions>().Bind(configuration.GetSection(CrlOptions.Section));
        services.AddOptions<CertificateCacheOptions>().Bind(configuration.GetSection(CertificateCacheOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // Loaded by CrlRefreshStarter at start-up; resolving TrustAnchors reads what it loaded (or fails naming the
        // settings when there are none), so nothing here waits on Key Vault.
        services.TryAddSingleton<TrustAnchorLoader>();
        services.TryAddSingleton(sp => sp.GetRequiredService<TrustAnchorLoader>().Current);
        services.TryAddSingleton<ICrlSource>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CrlOptions>>().Value;
            return options.Folder is not null
                ? new FileCrlSource(options)
                : new BlobCrlSource(sp.GetRequiredService<StorageAccount>().Blobs.GetBlobContainerClient(options.Container), options);
        });
        services.TryAddSingleton<CrlStore>();
        services.TryAddSingleton(sp => new ValidatedCertificateCache(sp.GetRequiredService<IOptions<CertificateCacheOptions>>().Value));
        services.TryAddSingleton<CertificateValidator>();
        // Card requests and signed applications resolve the validator on first use only, when the anchors are loaded.
        services.TryAddSingleton<Func<CertificateValidator>>(sp => sp.GetRequiredService<CertificateValidator>);
        services.TryAddSingleton<CrlRefresher>();
        services.TryAddSingleton<CrlRefreshService>();
        services.TryAddSingleton<Func<CrlRefreshService>>(sp => sp.GetRequiredService<CrlRefreshService>);
        services.AddHostedService<CrlRefreshStarter>();
        return services;
    }
}
