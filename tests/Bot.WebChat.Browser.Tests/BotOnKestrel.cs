using System.Net;
using Bot.Core.Tests.Support;
using Bot.Functions.Tests.Support;
using Bot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Testing;

namespace Bot.WebChat.Browser.Tests;

/// <summary>
/// The bot's local host as run.sh serves it, on a real loopback port a browser can reach, with the real conversation
/// engine talking to the real portal (in-process, with <see cref="TestCatalog"/>) on the real local stack; and chromium.
/// </summary>
public sealed class BotOnKestrel : IAsyncLifetime
{
    private readonly string _keys = Directory.CreateTempSubdirectory("bot-browser-keys-").FullName;

    private PortalApiFactory _portal = null!;

    private BotFactory _bot = null!;

    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The bot host's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Never a browser download, whatever a future Playwright might try: the browser is /usr/bin/chromium.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var stack = await LocalStack.GetAsync();
        _portal = new PortalApiFactory(stack, _keys);
        var repository = _portal.Services.GetRequiredService<ProcedureCatalogRepository>();
        foreach (var template in TestCatalog.Templates)
        {
            await repository.UpsertTemplateAsync(template, CancellationToken.None);
        }
        foreach (var set in TestCatalog.Sets)
        {
            await repository.UpsertSetAsync(set, CancellationToken.None);
        }
        var catalog = _portal.Services.GetRequiredService<CatalogHost>();
        // Loaded here rather than waited for: the background first load can take longer than its wait on a busy machine.
        await catalog.LoadAsync(CancellationToken.None);
        await catalog.RefreshAsync(CancellationToken.None);

        _bot = new BotFactory(stack, _portal);
        _bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _bot.StartServer();
        var address = _bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

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
        await _portal.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    private sealed class BotFactory(StackState stack, PortalApiFactory portal) : WebApplicationFactory<BotLocalHostMarker>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseBotTestSettings(stack, () => portal.Server.CreateHandler());
        }
    }
}
