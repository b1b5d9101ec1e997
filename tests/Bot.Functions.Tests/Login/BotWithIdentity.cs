using Portal.Testing.Hosting;
using Bot.Core.Tests.Support;
using Bot.Functions.Tests.Support;
using Bot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.LocalHost;
using Portal.Testing;
using Portal.Testing.Signing;

namespace Bot.Functions.Tests.Login;

/// <summary>
/// The bot's local host as wired for production (queue triggers on Azurite, its own login queue) with the real portal
/// in-process, configured for card logins: a test CA made with cardtool, the chatbot client, current terms. The
/// device flow is fast (1 s interval) and short (15 s) so the expiry test runs in seconds.
/// </summary>
public sealed class BotWithIdentity : IAsyncLifetime
{
    public const string AuthPin = CardLogins.AuthPin;
    public const string TermsVersion = CardLogins.TermsVersion;
    public static readonly TimeSpan DeviceCodeLifetime = TimeSpan.FromSeconds(15);

    private readonly string _folder = Directory.CreateTempSubdirectory("bot-identity-").FullName;
    private PortalFactory _portalRoot = null!;

    public StackState Stack { get; private set; } = null!;

    public WebApplicationFactory<LocalHostMarker> Portal { get; private set; } = null!;

    public WebApplicationFactory<BotLocalHostMarker> Bot { get; private set; } = null!;

    /// <summary>The chatbot's queue of status notices: both hosts name it (the portal writes, the bot reads), unique per class.</summary>
    public string BotEventsQueue { get; } = $"bot-events-{Guid.NewGuid():N}";

    /// <summary>Everything the bot host logged (all tests of the class).</summary>
    public CapturedLogs Logs { get; } = new();

    private string CaFolder => Path.Combine(_folder, "ca");

    public async Task InitializeAsync()
    {
        Stack = await LocalStack.GetAsync();
        CardLogins.CreateCa(_folder);
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "keys")).FullName;
        _portalRoot = new PortalFactory(Stack, ChatbotPortalSettings.With(keys));
        // Each request reads its login afresh, so a chat sees an ended login at once without a clock to move (the 30 s
        // bound of the cache is tested on the portal, with its clock).
        Portal = _portalRoot.WithWebHostBuilder(builder => builder.UseCardLoginSettings(CaFolder, BotEventsQueue, DeviceCodeLifetime)
            .UseSetting("Identity:Sessions:CheckCacheDuration", "00:00:00"));
        await CardLogins.SeedChatbotAndTermsAsync(Portal.Services);
        Bot = new BotFactory(Stack, () => Portal.Server.CreateHandler(),
            new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "http://bot.test/", ["BotEventsQueue"] = BotEventsQueue }, logs: Logs);
        _ = Bot.Server;
    }

    /// <summary>A new software card from the test CA (its own file: PIN counters never leak between tests).</summary>
    public string IssueCard() => CardLogins.IssueCard(CaFolder, _folder);

    /// <summary>
    /// The resident's signer answers a login link with the code the chat showed and the PIN, the card wherever
    /// <paramref name="card"/> says (<see cref="CardLogins.CardFile"/>, <see cref="CardLogins.CardInReader"/>).
    /// </summary>
    public async Task<RealSigner.Run> LogInAsync(string link, string code, IReadOnlyList<string> card)
    {
        using var http = Portal.CreateClient();
        return await CardLogins.LogInAsync(http, link, code, card);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Portal.DisposeAsync();
        await _portalRoot.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
