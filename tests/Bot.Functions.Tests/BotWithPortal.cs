using Portal.Testing.Hosting;
using Portal.Testing.Procedures;
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
        await Portal.Services.SeedCatalogAsync(TestCatalog.Templates, TestCatalog.Sets);

        Bot = new BotFactory(stack, () => Portal.Server.CreateHandler(), new Dictionary<string, string?>
        {
            ["Bot:Line:ChannelSecret"] = LineSecret,
            ["Bot:Line:ChannelAccessToken"] = "test-line-access-token",
            // Nothing listens there: a reply attempt fails fast instead of leaving the machine.
            ["Bot:Line:ApiBaseUrl"] = "http://127.0.0.1:9/",
            ["Bot:Teams:AppId"] = TeamsAppId,
            ["Bot:Teams:AppPassword"] = "test-teams-app-password",
            ["Bot:Teams:OpenIdMetadataUrl"] = "http://127.0.0.1:9/.well-known/openidconfiguration",
        });
        BotWithoutChannels = new BotFactory(stack, () => Portal.Server.CreateHandler());
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
}
