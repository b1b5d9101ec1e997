using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Email;

/// <summary>Mail to residents: queued by <see cref="EmailOutbox"/>, sent over SMTP (the <c>Smtp</c> section). Needs storage.</summary>
public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.TryAddSingleton<IEmailSender, SmtpEmailSender>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SentEmailMarkers>();
        services.TryAddSingleton<OnceOnlyEmails>();
        services.TryAddSingleton<UndeliverableEmails>();
        // The queue's name is an app setting the queue trigger reads too.
        services.TryAddSingleton(sp => new EmailOutbox(sp.GetRequiredService<Storage.StorageAccount>(),
            configuration[EmailOutbox.QueueSetting] is { Length: > 0 } queue ? queue : EmailOutbox.DefaultQueueName));
        return services;
    }
}
