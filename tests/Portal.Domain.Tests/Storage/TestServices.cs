using Portal.Testing.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Storage;

namespace Portal.Domain.Tests.Storage;

/// <summary>
/// A service collection for the features' own registrations (<c>AddAccounts</c>, <c>AddDrafts</c>...), over a test's
/// database and storage account instead of the <c>Cosmos</c> and <c>AzureWebJobsStorage</c> settings.
/// </summary>
public static class TestServices
{
    public static IServiceCollection Over(PortalDatabase database, StorageAccount? storage = null)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(database);
        return storage is null ? services : services.AddSingleton(storage);
    }

    /// <summary>Configuration for the features' sections, as app settings would give it.</summary>
    /// <summary>The given settings over the ones every test needs (the residentRef test key).</summary>
    public static IConfiguration Settings(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>(ResidentRefTestKey.Setting, ResidentRefTestKey.Value)])
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
}
