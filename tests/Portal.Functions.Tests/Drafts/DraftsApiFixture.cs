using Microsoft.Extensions.DependencyInjection;
using Portal.Testing.Procedures;
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
        await services.SeedCatalogAsync(SmallCatalog.Templates, SmallCatalog.Sets);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }
}
