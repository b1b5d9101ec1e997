using Bot.Core.Conversations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Bot.Channels.WebChat.Tests.Limits;

/// <summary>
/// The bot's local host with the web chat's limits on and small, behind a trusted front end (each test browser names
/// its address in X-Forwarded-For). The windows are long, so nothing is replenished during a test; tests use addresses
/// of their own, since the limiter is shared by the class.
/// </summary>
public sealed class LimitedWebChatHost : IAsyncLifetime
{
    public const int UserPostLimit = 3;
    public const int AddressPostLimit = 5;
    public const int AddressNewUserLimit = 2;

    private BotFactory? _factory;

    public RecordingEngine Engine { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public BotFactory App => _factory ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var stack = await LocalStack.GetAsync();
        _factory = new BotFactory(stack, settings: new Dictionary<string, string?>
        {
            ["Bot:WebChat:LongPollTimeout"] = "00:00:02",
            ["Bot:WebChat:StorePollInterval"] = "00:00:00.200",
            ["Bot:WebChat:RateLimits:Enabled"] = "true",
            ["Bot:WebChat:RateLimits:TrustForwardedFor"] = "true",
            ["Bot:WebChat:RateLimits:UserPostLimit"] = $"{UserPostLimit}",
            ["Bot:WebChat:RateLimits:UserPostWindow"] = "01:00:00",
            ["Bot:WebChat:RateLimits:AddressPostLimit"] = $"{AddressPostLimit}",
            ["Bot:WebChat:RateLimits:AddressPostWindow"] = "01:00:00",
            ["Bot:WebChat:RateLimits:AddressNewUserLimit"] = $"{AddressNewUserLimit}",
            ["Bot:WebChat:RateLimits:AddressNewUserWindow"] = "01:00:00",
            ["Bot:WebChat:RateLimits:UserConcurrentPollLimit"] = "1",
        }, services: services => services.AddSingleton<IConversationEngine>(Engine), logs: Logs);
        _ = _factory.Server;
    }

    public Browser NewBrowser(string address) =>
        new(App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }), address);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
