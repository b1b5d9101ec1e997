using Bot.Channels.Teams.Authentication;
using Bot.Channels.Teams.Connector;
using Bot.Channels.Teams.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Polly;

namespace Bot.Channels.Teams.Hosting;

/// <summary>
/// The Teams channel. Needs from the host: <see cref="Bot.Core.Storage.BotDatabase"/>, an
/// <see cref="Bot.Core.Conversations.IConversationEngine"/>, a <see cref="TimeProvider"/> (added if missing) and logging.
/// Adds <see cref="TeamsMessagesEndpoint"/> for the function and an <see cref="Bot.Core.Channels.IProactiveSender"/>.
/// </summary>
public static class TeamsServiceCollectionExtensions
{
    public const string OpenIdClientName = "Bot.Channels.Teams.OpenId";

    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section))
            .Validate(o => !string.IsNullOrEmpty(o.AppId), "Bot:Teams:AppId is required.")
            // Without it no reply can be sent: refuse to start rather than fail every activity.
            .Validate(o => !string.IsNullOrEmpty(o.AppPassword), "Bot:Teams:AppPassword is required.")
            .ValidateOnStart();
        services.AddLogging();
        services.AddHttpClient();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(OpenIdClientName);
        services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TeamsOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdClientName);
            return new ConfigurationManager<OpenIdConnectConfiguration>(
                options.OpenIdMetadataUrl.AbsoluteUri,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(http) { RequireHttps = true });
        });
        services.AddSingleton<BotFrameworkTokenValidator>();

        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.AddHttpClient<BotConnectorClient>()
            .AddResilienceHandler("teams-connector", (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value;
                // Defaults handle 429 (honouring Retry-After), 408, 5xx and transport errors.
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                });
            });

        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ProcessedActivityLog>();
        // Transient like the typed connector client they hold, so its handler rotation still works.
        services.AddTransient<TeamsProactiveSender>();
        services.AddTransient<Bot.Core.Channels.IProactiveSender>(p => p.GetRequiredService<TeamsProactiveSender>());
        services.AddTransient<TeamsActivityProcessor>();
        services.AddTransient<TeamsMessagesEndpoint>();
        return services;
    }
}
