using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Procedures.Templates;

namespace Portal.Testing.Procedures;

/// <summary>Puts a test's catalog into a running portal and loads it, so the first search already sees it.</summary>
public static class CatalogSeeding
{
    public static async Task SeedCatalogAsync(
        this IServiceProvider portal, IEnumerable<ProcedureTemplate> templates, IEnumerable<OfferingSet> sets)
    {
        var repository = portal.GetRequiredService<ProcedureCatalogRepository>();
        foreach (var template in templates)
        {
            await repository.UpsertTemplateAsync(template, CancellationToken.None);
        }
        foreach (var set in sets)
        {
            await repository.UpsertSetAsync(set, CancellationToken.None);
        }
        var catalog = portal.GetRequiredService<CatalogHost>();
        // Loaded here rather than waited for: the background first load can take longer than its wait on a busy machine.
        await catalog.LoadAsync(CancellationToken.None);
        await catalog.RefreshAsync(CancellationToken.None);
    }
}
