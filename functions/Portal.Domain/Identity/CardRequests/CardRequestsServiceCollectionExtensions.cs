using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CardRequestRepository>();
        services.TryAddSingleton<CardRequestService>();
        return services;
    }
}
