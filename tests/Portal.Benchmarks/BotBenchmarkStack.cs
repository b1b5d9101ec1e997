using System.Security.Cryptography;
using Portal.Testing.Hosting;
using Portal.Testing.Procedures;
using Bot.Channels.WebChat.Users;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Messages;
using Bot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Storage;
using Portal.LocalHost;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// The bot's local host as wired for production (the real engine, state in a fresh bot database) and, behind
/// <see cref="PortalCallTimer"/>, the real portal's local host in-process with the small catalog the bot's tests seed
/// (<see cref="TestCatalog"/>), both on the real local stack. Portal defaults otherwise (page size, catalog refresh).
/// </summary>
public sealed class BotBenchmarkStack : IAsyncDisposable
{
    private readonly StackState _stack;
    private readonly string _keys;
    private readonly PortalFactory _portal;
    private readonly BotFactory _bot;

    private BotBenchmarkStack(StackState stack, string keys, PortalFactory portal, BotFactory bot, PortalCallTimer portalCalls)
    {
        _stack = stack;
        _keys = keys;
        _portal = portal;
        _bot = bot;
        PortalCalls = portalCalls;
    }

    public PortalCallTimer PortalCalls { get; }

    /// <summary>A browser of its own: a new resident, with its own web chat cookie (chosen here, so the user is known).</summary>
    public BotBenchResident NewResident()
    {
        var cookie = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var browser = _bot.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        browser.DefaultRequestHeaders.Add("Cookie", $"{WebChatUserCookie.Name}={cookie}");
        return new BotBenchResident(browser, new ChannelUser(Channels.WebChat, WebChatUserCookie.UserIdOf(cookie)));
    }

    /// <summary>
    /// Logs the resident in as the chat's card login would leave it (a portal session for a new account in the
    /// conversation), without the card: the login itself is not a turn. They apply in 千代田区, where the small catalog
    /// offers 児童手当 online.
    /// </summary>
    public async Task LogInAsync(ChannelUser user)
    {
        var account = AccountService.NewAccountId();
        var token = await ResidentTokens.IssueAsync(_portal.Services, account, "bot-bench", PortalScopes.Portal);
        var store = _bot.Services.GetRequiredService<ConversationStore>();
        var stored = await store.ReadAsync(user.Key, CancellationToken.None);
        await store.SaveAsync(stored.State with
        {
            PortalSession = new PortalSession(token, null, DateTimeOffset.UtcNow.AddHours(1), account),
            LocalGovernment = new RememberedLocalGovernment(TestCatalog.Chiyoda, "千代田区（東京都）"),
        }, stored.ETag, CancellationToken.None);
    }

    public static async Task<BotBenchmarkStack> StartAsync()
    {
        // WebApplicationFactory finds each host's content root in MvcTestingAppManifest.json in the current directory:
        // the output folder under dotnet test, the project folder under dotnet run.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var stack = await LocalStack.GetAsync();
        var keys = Directory.CreateTempSubdirectory("bot-bench-keys-").FullName;
        var portal = new PortalFactory(stack, new Dictionary<string, string?>
        {
            ["Identity:Tokens:SigningKeyFolder"] = keys,
            ["Logging:LogLevel:Default"] = QuietLogging,
        });
        await portal.Services.SeedCatalogAsync(TestCatalog.Templates, TestCatalog.Sets);

        var timer = new PortalCallTimer();
        var bot = new BotFactory(stack, () => timer.Handler(portal.Server.CreateHandler()),
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = QuietLogging },
            // The turn opened by the benchmark flows into the request, so the timer knows whose portal call it is.
            services => services.Configure<TestServerOptions>(options => options.PreserveExecutionContext = true));
        _ = bot.Server;
        return new BotBenchmarkStack(stack, keys, portal, bot, timer);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _portal.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
        using var client = CosmosClientFactory.Create(new CosmosOptions { Endpoint = _stack.Cosmos.Endpoint, Key = _stack.Cosmos.Key });
        foreach (var database in new[] { _portal.DatabaseName, _bot.DatabaseName })
        {
            await client.GetDatabase(database).DeleteAsync();
        }
    }

    /// <summary>Warnings and errors only: a console line per request would be timed as the bot's work and bury the table.</summary>
    private const string QuietLogging = "Warning";
}
