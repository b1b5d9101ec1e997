using Bot.Channels.Line.Api;
using Bot.Channels.Line.Rendering;
using Bot.Channels.Line.Webhook;
using Bot.Core.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Bot.Channels.Line.Hosting;

/// <summary>
/// The LINE channel's services. Expects the host to register <see cref="Core.Storage.BotDatabase"/> and
/// <see cref="Core.Conversations.IConversationEngine"/>; adds the webhook processor, the renderer, the Messaging
/// API client (retrying 429/5xx with exponential backoff), an <see cref="IProactiveSender"/> for "line", and an
/// <see cref="IMulticastSender"/> for fan-outs whose multicasts keep to this instance's share of the channel's limit
/// (<c>Bot:Line:MulticastPerSecond</c> / <c>Bot:Instances</c>, see <see cref="LineMulticastBudget"/>).
/// </summary>
public static class LineServiceCollectionExtensions
{
    public static IServiceCollection AddLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LineOptions>().Bind(configuration.GetSection(LineOptions.Section)).Configure(o =>
        {
            if (int.TryParse(configuration["Bot:Instances"], out var instances))
            {
                o.Instances = instances;
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new LineSignature(sp.GetRequiredService<IOptions<LineOptions>>().Value.ChannelSecret));
        services.TryAddSingleton<LineMessageRenderer>();
        services.TryAddSingleton<LineEventLog>();
        services.TryAddTransient<LineDelivery>();
        services.TryAddTransient<LineWebhookProcessor>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IProactiveSender, LineProactiveSender>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IMulticastSender, LineMulticastSender>());
        // One budget per process: every multicast of this instance draws on it.
        services.TryAddSingleton<LineMulticastBudget>();
        services.TryAddTransient<LineMulticastLimitHandler>();

        var client = services.AddHttpClient<LineMessagingClient>((sp, http) =>
            http.BaseAddress = sp.GetRequiredService<IOptions<LineOptions>>().Value.ApiBaseUrl);
        // Outermost the retries; inside them every attempt of a multicast waits for a token of this instance's budget;
        // innermost the attempt's timeout, which starts once the token is held: a page queued behind others' tokens
        // waits as long as the budget says, without its attempts timing out and sending again (measured with
        // notices-line-report: 16 pages waiting at 1 request/s timed out, were retried and answered 409).
        client.AddResilienceHandler("line", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<LineOptions>>().Value;
            // The defaults handle 408, 429, 5xx and network failures, and honour Retry-After.
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
            });
        });
        client.AddHttpMessageHandler<LineMulticastLimitHandler>();
        client.AddResilienceHandler("line-attempt", (pipeline, context) =>
            pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<LineOptions>>().Value.AttemptTimeout));
        return services;
    }
}
