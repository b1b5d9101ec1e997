using Bot.Core.Tests.Support;
using Bot.Functions.Tests.Support;
using Bot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Terms;
using Portal.LocalHost;
using Portal.Testing;

namespace Bot.Functions.Tests.Login;

/// <summary>
/// The bot's local host as wired for production (queue triggers on Azurite, its own login queue) with the real portal
/// in-process, configured for card logins: a test CA made with cardtool, the chatbot client, current terms. The
/// device flow is fast (1 s interval) and short (15 s) so the expiry test runs in seconds.
/// </summary>
public sealed class BotWithIdentity : IAsyncLifetime
{
    public const string AuthPin = "1234";
    public const string TermsVersion = "2026-11-01";
    public static readonly TimeSpan DeviceCodeLifetime = TimeSpan.FromSeconds(15);

    private readonly string _folder = Directory.CreateTempSubdirectory("bot-identity-").FullName;
    private PortalApiFactory _portalRoot = null!;

    public StackState Stack { get; private set; } = null!;

    public WebApplicationFactory<LocalHostMarker> Portal { get; private set; } = null!;

    public WebApplicationFactory<BotLocalHostMarker> Bot { get; private set; } = null!;

    /// <summary>The chatbot's queue of status notices: both hosts name it (the portal writes, the bot reads), unique per class.</summary>
    public string BotEventsQueue { get; } = $"bot-events-{Guid.NewGuid():N}";

    /// <summary>Everything the bot host logged (all tests of the class).</summary>
    public LogCapture Logs { get; } = new();

    private string CaFolder => Path.Combine(_folder, "ca");

    public async Task InitializeAsync()
    {
        Stack = await LocalStack.GetAsync();
        TestCardTool.Run("ca", "init", "--dir", CaFolder);
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "keys")).FullName;
        _portalRoot = new PortalApiFactory(Stack, keys);
        Portal = _portalRoot.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Identity:TrustAnchors:Folder", CaFolder);
            builder.UseSetting("Identity:Crl:Folder", CaFolder);
            builder.UseSetting("Identity:CardRequests:Audience", "https://portal.example");
            builder.UseSetting("Identity:Tokens:Issuer", "http://localhost/api");
            builder.UseSetting("Identity:DeviceAuthorization:Interval", "00:00:01");
            builder.UseSetting("Identity:DeviceAuthorization:Lifetime", DeviceCodeLifetime.ToString());
            builder.UseSetting("BotEventsQueue", BotEventsQueue);
        });
        await Portal.Services.GetRequiredService<ClientRepository>().CreateAsync(new RegisteredClient
        {
            Id = "chatbot",
            Name = "マイナポータル チャットボット",
            Kind = ClientKinds.Public,
            AllowedGrantTypes = [GrantTypes.DeviceCode, GrantTypes.RefreshToken],
            AllowedScopes = ["openid", "portal", "email"],
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        await Portal.Services.GetRequiredService<TermsRepository>().PublishAsync(new TermsVersion
        {
            Id = TermsVersion,
            Title = "マイナポータル利用規約",
            Body = "第1条 この規約は、マイナポータルの利用について定めます。",
            EffectiveAt = DateTimeOffset.UtcNow.AddDays(-1),
            PublishedAt = DateTimeOffset.UtcNow.AddDays(-2),
        }, CancellationToken.None);
        Bot = new BotFactory(Stack, Portal, Logs, BotEventsQueue);
        _ = Bot.Server;
    }

    /// <summary>A new software card from the test CA (its own file: PIN counters never leak between tests).</summary>
    public string IssueCard()
    {
        var file = Path.Combine(_folder, $"{Guid.NewGuid():N}.card.json");
        TestCardTool.Run("issue", "--ca", CaFolder, "--out", file, "--name", "山田 花子", "--address", "東京都千代田区霞が関2-1-2",
            "--birth", "1990-04-01", "--sex", "2", "--auth-pin", AuthPin, "--sign-pin", "ABC123", "--valid-days", "1825");
        return file;
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Portal.DisposeAsync();
        await _portalRoot.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class BotFactory(StackState stack, WebApplicationFactory<LocalHostMarker> portal, LogCapture logs, string botEventsQueue)
        : WebApplicationFactory<BotLocalHostMarker>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            builder.UseBotTestSettings(stack, () => portal.Server.CreateHandler(), publicBaseUrl: "http://bot.test/", eventsQueue: botEventsQueue);
        }
    }
}
