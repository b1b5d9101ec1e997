using Portal.Testing.Hosting;
using Portal.Testing.Procedures;
using System.Net;
using System.Net.Sockets;
using Bot.Functions.Tests.Support;
using Bot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.LocalHost;
using Portal.Testing;

namespace Bot.WebChat.Browser.Tests;

/// <summary>
/// The bot's local host as run.sh serves it, on a real loopback port a browser can reach, with the real conversation
/// engine talking to the real portal (in-process, with <see cref="TestCatalog"/>, set up for card logins as
/// <see cref="CardLogins"/> does) on the real local stack; and chromium.
/// </summary>
public sealed class BotOnKestrel : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bot-browser-").FullName;

    private PortalFactory _portalRoot = null!;

    private BotFactory _bot = null!;

    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The bot host's address, e.g. http://127.0.0.1:41234/ (also its public origin, for the QR code images).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public StackState Stack { get; private set; } = null!;

    /// <summary>The portal, trusting the test CA, with the chatbot client and current terms.</summary>
    public WebApplicationFactory<LocalHostMarker> Portal { get; private set; } = null!;

    private string CaFolder => Path.Combine(_folder, "ca");

    public async Task InitializeAsync()
    {
        // Never a browser download, whatever a future Playwright might try: the browser is /usr/bin/chromium.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Stack = await LocalStack.GetAsync();
        CardLogins.CreateCa(_folder);
        var botEventsQueue = $"bot-events-{Guid.NewGuid():N}";
        _portalRoot = new PortalFactory(Stack, ChatbotPortalSettings.With(Directory.CreateDirectory(Path.Combine(_folder, "keys")).FullName));
        Portal = _portalRoot.WithWebHostBuilder(builder => builder.UseCardLoginSettings(CaFolder, botEventsQueue));
        await CardLogins.SeedChatbotAndTermsAsync(Portal.Services);
        await Portal.Services.SeedCatalogAsync(TestCatalog.Templates, TestCatalog.Sets);

        // The port is chosen first: the bot names its own origin in the QR code's image URL (the page allows 'self' images).
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _bot = new BotFactory(Stack, () => Portal.Server.CreateHandler(),
            new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = BaseAddress.ToString(), ["BotEventsQueue"] = botEventsQueue });
        _bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _bot.StartServer();

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>The bot host's services (its conversation store, its linked chats), for a test that sets a chat up directly.</summary>
    public IServiceProvider BotServices => _bot.Services;

    /// <summary>A new software card from the test CA.</summary>
    public string IssueCard() => CardLogins.IssueCard(CaFolder, _folder);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
        await Portal.DisposeAsync();
        await _portalRoot.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
