using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;
using Portal.Functions.Tests.Procedures;

namespace Portal.Functions.Tests.Drafts;

/// <summary>The local host with <see cref="SmallCatalog"/> seeded, for residents with tokens of their own.</summary>
public sealed class DraftsApiFixture : IAsyncLifetime
{
    public IdentityPki Pki { get; } = new();

    public AccountsApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = await AccountsApi.StartAsync(Pki);
        var services = Api.Host.Services;
        var repository = services.GetRequiredService<ProcedureCatalogRepository>();
        foreach (var template in SmallCatalog.Templates)
        {
            await repository.UpsertTemplateAsync(template, CancellationToken.None);
        }
        foreach (var set in SmallCatalog.Sets)
        {
            await repository.UpsertSetAsync(set, CancellationToken.None);
        }
        var catalog = services.GetRequiredService<CatalogHost>();
        // Loaded here rather than waited for: the background first load can take longer than its wait on a busy machine.
        await catalog.LoadAsync(CancellationToken.None);
        await catalog.RefreshAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }
}
