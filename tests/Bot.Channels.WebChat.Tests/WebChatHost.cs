using Portal.Testing.Hosting;
using Bot.Core.Conversations;
using Bot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;

namespace Bot.Channels.WebChat.Tests;

/// <summary>
/// The bot's local host in-process, on the real local stack with a database of its own, a recording engine instead of
/// the conversation, and a short long-poll timeout.
/// </summary>
public sealed class WebChatHost : IAsyncLifetime
{
    public static readonly TimeSpan LongPollTimeout = TimeSpan.FromSeconds(2);

    private BotFactory? _factory;

    public RecordingEngine Engine { get; } = new();

    public WebApplicationFactory<BotLocalHostMarker> App => _factory ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var stack = await LocalStack.GetAsync();
        _factory = new BotFactory(stack, settings: new Dictionary<string, string?>
        {
            ["Bot:WebChat:LongPollTimeout"] = LongPollTimeout.ToString(),
            ["Bot:WebChat:StorePollInterval"] = "00:00:00.200",
        }, services: services => services.AddSingleton<IConversationEngine>(Engine));
        _ = _factory.Server; // starts the host (and creates the database) now, not in the first test
    }

    public Browser NewBrowser() => new(App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }));

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
