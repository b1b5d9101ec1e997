using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Functions.Http.Hosting;

public static class StartupDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// A database <see cref="DatabaseInitializer"/> creates at start-up when asked. Registered where the app's
    /// databases are, before anything that reads them on start (a hosted service that loads the catalog).
    /// </summary>
    public static IServiceCollection AddStartupDatabase<TDatabase>(this IServiceCollection services)
        where TDatabase : class, IStartupDatabase
    {
        services.AddSingleton<IStartupDatabase, TDatabase>();
        // Once, however many databases: hosted services start in registration order, so the first call places it.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DatabaseInitializer>());
        return services;
    }
}
