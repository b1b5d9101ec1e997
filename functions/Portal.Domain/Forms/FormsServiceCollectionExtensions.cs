using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Forms;

/// <summary>Form definitions (embedded, checked when first resolved) and their validator.</summary>
public static class FormsServiceCollectionExtensions
{
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Tests may register their own catalog first.
        services.TryAddSingleton(_ => FormCatalog.Embedded());
        services.TryAddSingleton<FormValidator>();
        return services;
    }
}
