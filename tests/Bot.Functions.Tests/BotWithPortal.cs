using Portal.Testing.Hosting;
using Bot.Core.Tests.Support;
using Bot.Functions.Tests.Support;
using Bot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Testing;

namespace Bot.Functions.Tests;

/// <summary>
/// The bot's local host exactly as wired for production (the real conversation engine, the channels configured here),
/// talking to the real portal (in-process, with <see cref="TestCatalog"/>) on the real local stack.
/// </summary>
public sealed class BotWithPortal : IAsyncLifetime
{
    public const string LineSecret = "test-line-channel-secret";

    public const string TeamsAppId = "00000000-0000-0000-0000-00000000b07";

    private readonly string _keys = Directory.CreateTempSubdirectory("bot-portal-keys-").FullName;

    public PortalFactory Portal { get; private set; } = null!;

    public WebApplicationFactory<BotLocalHostMarker> Bot { get; private set; } = null!;

    /// <summary>The same bot host without any LINE or Teams credentials.</summary>
    public WebApplicationFactory<BotLocalHostMarker> BotWithoutChannels { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var stack = await LocalStack.GetAsync();
        Portal = new PortalFactory(stack, ChatbotPortalSettings.With(_keys));
        var repository = Portal.Services.GetRequiredService<ProcedureCatalogRepository>();
        foreach (var template in TestCatalog.Templates)
        {
            await repository.UpsertTemplateAsync(template, CancellationToken.None);
        }
        foreach (var set in TestCatalog.Sets)
        {
            await repository.UpsertSetAsync(set, CancellationToken.None);
        }
        var catalog = Portal.Services.GetRequiredService<CatalogHost>();
        // Loaded here rather than waited for: the background first load can take longer than its wait on a busy machine.
        await catalog.LoadAsync(CancellationToken.None);
        await catalog.RefreshAsync(CancellationToken.None);

        Bot = new BotFactory(stack, Portal, channels: true);
        BotWithoutChannels = new BotFactory(stack, Portal, channels: false);
        _ = Bot.Server;
        _ = BotWithoutChannels.Server;
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await BotWithoutChannels.DisposeAsync();
        await Portal.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    private sealed class BotFactory(StackState stack, PortalFactory portal, bool channels) : WebApplicationFactory<BotLocalHostMarker>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseBotTestSettings(stack, () => portal.Server.CreateHandler());
            if (channels)
            {
                builder.UseSetting("Bot:Line:ChannelSecret", LineSecret);
                builder.UseSetting("Bot:Line:ChannelAccessToken", "test-line-access-token");
                // Nothing listens there: a reply attempt fails fast instead of leaving the machine.
                builder.UseSetting("Bot:Line:ApiBaseUrl", "http://127.0.0.1:9/");
                builder.UseSetting("Bot:Teams:AppId", TeamsAppId);
                builder.UseSetting("Bot:Teams:AppPassword", "test-teams-app-password");
                builder.UseSetting("Bot:Teams:OpenIdMetadataUrl", "http://127.0.0.1:9/.well-known/openidconfiguration");
            }
        }
    }
}
