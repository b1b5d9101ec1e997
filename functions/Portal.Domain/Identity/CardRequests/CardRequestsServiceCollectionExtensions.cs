using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>
/// Card requests (login, signing, reading the card's four items), which sign-in, accounts, the profile and submissions
/// all ask the card through: their own registration, so none of those features registers another's. Needs storage and
/// <see cref="Certificates.CertificatesServiceCollectionExtensions.AddCertificates"/> (the validator, on first completion).
/// </summary>
public static class CardRequestsServiceCollectionExtensions
{
    public static IServiceCollection AddCardRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CardRequestOptions>().Bind(configuration.GetSection(CardRequestOptions.Section));
        // The audience is the origin of the issuer, under which the card request links are.
        if (!services.Any(d => d.ServiceType == typeof(Microsoft.Extensions.Options.IConfigureOptions<TokenOptions>)))
        {
            services.AddOptions<TokenOptions>().Bind(configuration.GetSection(TokenOptions.Section));
        }
        services.AddClients(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CardRequestRepository>();
        services.TryAddSingleton<ICardHolders, UnconfiguredCardHolders>();
        services.TryAddSingleton<CardRequestService>();
        return services;
    }
}
