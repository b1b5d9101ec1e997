using Functions.Http.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Http.Tests.Hosting;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task OnlyTheDatabasesThisRunAsksForAreCreated()
    {
        var asked = new CountingDatabase("portal", createAtStartup: true);
        var notAsked = new CountingDatabase("bot", createAtStartup: false);

        await new DatabaseInitializer([asked, notAsked], NullLogger<DatabaseInitializer>.Instance).StartAsync(CancellationToken.None);

        Assert.Equal(1, asked.Creations);
        Assert.Equal(0, notAsked.Creations);
    }

    [Fact]
    public async Task ACreationThatFailsStopsTheStart()
    {
        var failing = new CountingDatabase("portal", createAtStartup: true) { Failure = new TimeoutException("cosmos") };

        await Assert.ThrowsAsync<TimeoutException>(() =>
            new DatabaseInitializer([failing], NullLogger<DatabaseInitializer>.Instance).StartAsync(CancellationToken.None));
    }

    [Fact]
    public void OneInitializerServesEveryRegisteredDatabase()
    {
        var services = new ServiceCollection().AddLogging()
            .AddStartupDatabase<CountingDatabase>()
            .AddStartupDatabase<CountingDatabase>();

        using var provider = services.BuildServiceProvider();

        Assert.IsType<DatabaseInitializer>(Assert.Single(provider.GetServices<IHostedService>()));
        Assert.Equal(2, provider.GetServices<IStartupDatabase>().Count());
    }
}
