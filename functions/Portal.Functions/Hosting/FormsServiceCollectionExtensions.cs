using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Forms;

namespace Portal.Functions.Hosting;

/// <summary>Form definitions (embedded, checked when first resolved) and their validator.</summary>
public static class FormsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalForms(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Tests may register their own catalog first.
        services.TryAddSingleton(_ => FormCatalog.Embedded());
        services.AddSingleton<FormValidator>();
        return services;
    }
}
