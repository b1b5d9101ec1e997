using Bot.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Testing.Hosting;

namespace Bot.Core.Tests.Hosting;

/// <summary>A bot host without state keys does not start: it never stores tokens in clear.</summary>
public sealed class StateKeyStartupTests
{
    private static IHost Host(IReadOnlyDictionary<string, string?> keys)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Cosmos:Endpoint"] = "https://localhost:8081/",
            ["Bot:Portal:BaseUrl"] = "http://portal.test",
        }).AddInMemoryCollection(keys);
        builder.Services.AddBotCore(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task AHostWithoutStateKeysFailsAtStartNamingTheSettings()
    {
        using var host = Host(new Dictionary<string, string?>());

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:StateKeys", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostWithStateKeysStarts()
    {
        using var host = Host(BotStateKey.BotSettings);

        await host.StartAsync();
        await host.StopAsync();
    }
}
