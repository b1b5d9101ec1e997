using Bot.Channels.Line.Api;
using Bot.Channels.Line.Hosting;
using Bot.Channels.Line.Webhook;
using Bot.Core.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Line.Tests.Hosting;

public sealed class LineServiceCollectionExtensionsTests
{
    [Fact]
    public void WithoutConfigurationTheClientCallsTheRealApiAndNoSecretIsAssumed()
    {
        using var services = new ServiceCollection().AddLogging().AddLineChannel(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<LineOptions>>().Value;

        Assert.Equal(new Uri("https://api.line.me"), options.ApiBaseUrl);
        Assert.Equal("", options.ChannelSecret);
        Assert.Equal("", options.ChannelAccessToken);
        Assert.NotNull(services.GetRequiredService<LineMessagingClient>());
        Assert.Equal(options.ApiBaseUrl, services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(LineMessagingClient)).BaseAddress);
        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<LineSignature>());
    }

    [Fact]
    public void AddingTheChannelTwiceRegistersOneProactiveSender()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddLogging().AddLineChannel(configuration).AddLineChannel(configuration).BuildServiceProvider();

        Assert.Single(services.GetRequiredService<IEnumerable<IProactiveSender>>());
    }
}
