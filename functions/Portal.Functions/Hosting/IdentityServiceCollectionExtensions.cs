using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Identity;

namespace Portal.Functions.Hosting;

/// <summary>The identity feature's wiring: certificates and CRLs, card requests, tokens, accounts, registered clients, the OAuth grants.</summary>
public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrustAnchorOptions>().Bind(configuration.GetSection(TrustAnchorOptions.Section));
        services.AddOptions<CrlOptions>().Bind(configuration.GetSection(CrlOptions.Section));
        services.AddOptions<CertificateCacheOptions>().Bind(configuration.GetSection(CertificateCacheOptions.Section));
        services.AddOptions<CardRequestOptions>().Bind(configuration.GetSection(CardRequestOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // The anchors load on first resolution (at start-up through CrlRefreshStarter when configured), never when
        // nothing is configured: a host without identity settings starts, and no Key Vault call is made.
        services.AddSingleton<ITrustAnchorSource>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TrustAnchorOptions>>().Value;
            if (!CrlRefreshStarter.IsConfigured(options))
            {
                throw new InvalidOperationException(
                    $"Set {TrustAnchorOptions.Section}:{nameof(TrustAnchorOptions.Folder)} (local) or :{nameof(TrustAnchorOptions.VaultUri)} (Azure) to verify My Number card certificates.");
            }
            return options.Folder is not null ? new LocalTrustAnchorSource(options) : new KeyVaultTrustAnchorSource(options);
        });
        services.AddSingleton(sp => sp.GetRequiredService<ITrustAnchorSource>().LoadAsync(CancellationToken.None).GetAwaiter().GetResult());
        services.AddSingleton<ICrlSource>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CrlOptions>>().Value;
            return options.Folder is not null
                ? new FileCrlSource(options)
                : new BlobCrlSource(sp.GetRequiredService<StorageAccount>().Blobs.GetBlobContainerClient(options.Container), options);
        });
        services.AddSingleton(sp => new CrlStore(sp.GetRequiredService<TrustAnchors>(), sp.GetRequiredService<ILogger<CrlStore>>()));
        services.AddSingleton(sp => new ValidatedCertificateCache(sp.GetRequiredService<IOptions<CertificateCacheOptions>>().Value));
        services.AddSingleton(sp => new CertificateValidator(
            sp.GetRequiredService<TrustAnchors>(), sp.GetRequiredService<CrlStore>(), sp.GetRequiredService<ValidatedCertificateCache>()));
        services.AddSingleton(sp => new CrlRefresher(
            sp.GetRequiredService<ICrlSource>(), sp.GetRequiredService<CrlStore>(), sp.GetRequiredService<ILogger<CrlRefresher>>()));
        services.AddSingleton(sp => new CrlRefreshService(
            sp.GetRequiredService<CrlRefresher>(), sp.GetRequiredService<IOptions<CrlOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<CrlRefreshStarter>();

        services.AddSingleton(sp => new CardRequestRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton(sp => new CardRequestService(
            sp.GetRequiredService<CardRequestRepository>(),
            sp.GetRequiredService<CertificateValidator>,
            sp.GetRequiredService<IOptions<CardRequestOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CardRequestService>>()));

        // Token-signing keys resolve on first use, like the anchors: local files, or Key Vault in Azure.
        services.AddOptions<TokenOptions>().Bind(configuration.GetSection(TokenOptions.Section));
        services.AddSingleton<ITokenSigningKeySource>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TokenOptions>>().Value;
            return options switch
            {
                { SigningKeyFolder.Length: > 0 } => new LocalTokenSigningKeySource(options.SigningKeyFolder, sp.GetRequiredService<TimeProvider>()),
                { VaultUri: { } vault } => new KeyVaultTokenSigningKeySource(vault, options.SigningCertificateName),
                // Not a throw here: the functions that need tokens must still resolve, and fail with this on first use.
                _ => new UnconfiguredTokenSigningKeySource(
                    $"Set {TokenOptions.Section}:{nameof(TokenOptions.SigningKeyFolder)} (local) or :{nameof(TokenOptions.VaultUri)} (Azure) to issue tokens."),
            };
        });
        services.AddSingleton<TokenSigningKeyStore>();
        services.AddSingleton<AccessTokenService>();
        services.AddSingleton<IdTokenService>();
        services.AddSingleton<ResidentAuthenticator>();
        services.AddSingleton<AgencyAuthenticator>();

        // Registered clients and the device authorization grant (accounts: AccountsServiceCollectionExtensions).
        // Clients live in Cosmos DB (the operator CLI registers them), read through a short cache.
        services.AddOptions<ClientRegistryOptions>().Bind(configuration.GetSection(ClientRegistryOptions.Section));
        services.TryAddSingleton(sp => new ClientRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton<ClientRegistry>();
        services.AddSingleton<UsedClientAssertionRepository>();
        services.AddSingleton<ClientAssertionReplayGuard>();
        services.AddSingleton<ClientAssertionValidator>();
        services.AddSingleton<ClientAuthenticator>();

        // Tokens for residents (refresh families in grants, ID tokens), agencies (client credentials), userinfo.
        services.AddSingleton(sp => new RefreshTokenStore(sp.GetRequiredService<PortalDatabase>(), sp.GetRequiredService<OperationHistoryStore>(),
            sp.GetRequiredService<IOptions<TokenOptions>>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RefreshTokenStore>>()));
        services.AddSingleton<ResidentTokenIssuer>();
        services.AddSingleton<ClientCredentialsGrant>();
        services.AddSingleton<UserInfoService>();
        services.AddSingleton<OAuthRequestReader>();
        services.AddOptions<DeviceAuthorizationOptions>().Bind(configuration.GetSection(DeviceAuthorizationOptions.Section));
        services.AddSingleton<DeviceAuthorizationRepository>();
        services.AddSingleton<DeviceAuthorizationService>();
        services.AddSingleton<DeviceAuthorizationLookup>();
        return services;
    }
}

/// <summary>No signing keys are configured: the host starts, and the first token use fails naming the settings.</summary>
internal sealed class UnconfiguredTokenSigningKeySource(string message) : ITokenSigningKeySource
{
    public Task<TokenSigningKeys> LoadAsync(CancellationToken cancellationToken) =>
        Task.FromException<TokenSigningKeys>(new InvalidOperationException(message));
}
