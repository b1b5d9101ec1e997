using Functions.Http.Bodies;
using Functions.Http.Edge;
using Functions.Http.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Functions.Http.Tests.Hosting;

public sealed class HttpEdgeServiceCollectionExtensionsTests
{
    [Fact]
    public void TheAppsSectionOverridesItsDefaultsWhichOverrideTheSharedOnes()
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["App:Http:MaxFormBodyBytes"] = "2048" })
            .Build().GetSection("App:Http");

        using var provider = new ServiceCollection().AddLogging()
            .AddHttpEdge(section, limits =>
            {
                limits.MaxJsonBodyBytes = 16 * 1024;
                limits.MaxFormBodyBytes = 1024;
            })
            .BuildServiceProvider();

        var limits = provider.GetRequiredService<IOptions<HttpLimits>>().Value;
        Assert.Equal(16 * 1024, limits.MaxJsonBodyBytes);
        Assert.Equal(2048, limits.MaxFormBodyBytes);
        Assert.NotNull(provider.GetRequiredService<HttpEdge>());
        Assert.NotNull(provider.GetRequiredService<JsonBodyReader>());
        Assert.NotNull(provider.GetRequiredService<FormBodyReader>());
    }

    [Fact]
    public void WithoutDefaultsOrSettingsTheSharedLimitsHold()
    {
        using var provider = new ServiceCollection().AddHttpEdge(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var limits = provider.GetRequiredService<IOptions<HttpLimits>>().Value;
        Assert.Equal(256 * 1024, limits.MaxJsonBodyBytes);
        Assert.Equal(16 * 1024, limits.MaxFormBodyBytes);
    }
}
