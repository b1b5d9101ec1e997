using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Email;

namespace Portal.Functions.Email;

/// <summary>The e-mail outbox: messages queued by the features, sent by a queue-triggered function (no HTTP operations).</summary>
public static class EmailFeature
{
    public static IServiceCollection AddEmailFeature(this IServiceCollection services, IConfiguration configuration) =>
        services.AddEmail(configuration);
}
