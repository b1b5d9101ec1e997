using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Sessions.Notifications;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity;

/// <summary>
/// Signing residents and clients in: tokens (<c>Identity:Tokens</c>), registered clients and their assertions
/// (<c>Identity:ClientRegistry</c>), and the device authorization grant with the card as the login
/// (<c>Identity:DeviceAuthorization</c>), and the logins they start (<c>Identity:Sessions</c>: ログイン中の端末, the
/// per-request check, new-login notices by e-mail and, when <c>BotEventsQueue</c> names its queue, the chatbot). Needs
/// storage, e-mail, operation history, card requests and accounts (a device login signs an account in; deleting an
/// account ends its logins); the HTTP authenticators are the Functions app's.
/// </summary>
public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        // Token-signing keys load on first use: local files, or Key Vault in Azure.
        services.AddOptions<TokenOptions>().Bind(configuration.GetSection(TokenOptions.Section));
        services.TryAddSingleton<ITokenSigningKeySource>(sp =>
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
        services.TryAddSingleton<TokenSigningKeyStore>();
        services.TryAddSingleton<AccessTokenService>();
        services.TryAddSingleton<IdTokenService>();

        services.AddClients(configuration);
        services.TryAddSingleton<UsedClientAssertionRepository>();
        services.TryAddSingleton<ClientAssertionReplayGuard>();
        services.TryAddSingleton<ClientAssertionValidator>();
        services.TryAddSingleton<ClientAuthenticator>();

        // Logins: one session per card login in the account's partition, checked on every resident request.
        services.AddOptions<SessionOptions>().Bind(configuration.GetSection(SessionOptions.Section));
        services.TryAddSingleton<SessionRepository>();
        services.TryAddSingleton<SessionService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, SessionService>(sp => sp.GetRequiredService<SessionService>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccessStateCheck, SessionStateCheck>());
        services.TryAddSingleton<ResidentAccessCheck>();
        services.TryAddSingleton<NewLoginNotifications>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INewLoginNotifier, NewLoginEmailNotifier>());
        if (configuration[ChatbotEventQueue.QueueSetting] is { Length: > 0 })
        {
            services.TryAddSingleton(sp => ChatbotEventQueue.FromConfiguration(configuration, sp.GetRequiredService<StorageAccount>())!);
            services.TryAddEnumerable(ServiceDescriptor.Singleton<INewLoginNotifier, ChatbotNewLoginNotifier>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, ChatbotAccountDeletion>());
        }

        // Tokens for residents (refresh families in grants, ID tokens), agencies (client credentials), userinfo.
        services.TryAddSingleton<RefreshTokenStore>();
        services.TryAddSingleton<ResidentTokenIssuer>();
        services.TryAddSingleton<TokenRevocation>();
        services.TryAddSingleton<ClientCredentialsGrant>();
        services.TryAddSingleton<UserInfoService>();

        services.AddOptions<DeviceAuthorizationOptions>().Bind(configuration.GetSection(DeviceAuthorizationOptions.Section));
        services.TryAddSingleton<DeviceAuthorizationRepository>();
        services.TryAddSingleton<DeviceAuthorizationService>();
        services.TryAddSingleton<DeviceAuthorizationLookup>();
        return services;
    }
}
