using Portal.Testing.Hosting;
using Portal.Testing.Procedures;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Testing;

namespace Bot.Core.Tests.Support;

/// <summary>
/// Shared by the conversation tests: the real portal with <see cref="TestCatalog"/> seeded, and a bot database of
/// their own on the local stack. Each test starts bots (<see cref="StartBot"/>) and talks as a user of its own.
/// </summary>
public sealed class BotTestHost : IAsyncLifetime
{
    private readonly string _keys = Directory.CreateTempSubdirectory("bot-portal-keys-").FullName;

    public PortalFactory Portal { get; private set; } = null!;

    public StackState Stack { get; private set; } = null!;

    public string BotDatabaseName { get; } = $"bot-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        Stack = await LocalStack.GetAsync();
        Portal = new PortalFactory(Stack, ChatbotPortalSettings.With(_keys));
        _ = Portal.Server;
        await Portal.Services.SeedCatalogAsync(TestCatalog.Templates, TestCatalog.Sets);

        using var client = BotDatabase.Connect(Stack.Cosmos.Endpoint, Stack.Cosmos.Key);
        await new BotDatabase(client, BotDatabaseName).CreateIfNotExistsAsync(CancellationToken.None);
    }

    /// <summary>A bot process: its own services and connections over the same database (a second one is a restart).</summary>
    public TestBot StartBot(Action<IServiceCollection>? configure = null) => new(this, configure);

    /// <summary>A bot process with settings over the defaults.</summary>
    public TestBot StartBot(IReadOnlyDictionary<string, string?> settings) => new(this, settings);

    /// <summary>
    /// A stand-in for the login slice in these component tests: a portal access token (scope <c>portal</c>) for a new
    /// resident without a profile, put into the user's conversation with the place they apply to.
    /// </summary>
    public async Task<PortalSession> LogInAsync(TestBot bot, ChannelUser user, RememberedLocalGovernment place)
    {
        var token = await ResidentTokens.IssueAsync(Portal.Services, AccountService.NewAccountId(), "bot-tests", PortalScopes.Portal);
        var session = new PortalSession(token, null, DateTimeOffset.UtcNow.AddHours(1));
        await PutSessionAsync(bot, user, session, place);
        return session;
    }

    /// <summary>
    /// A resident whose account is stored (registered unless <paramref name="state"/> says otherwise; メール通知 on; with
    /// <paramref name="profile"/> when given), logged in in the user's conversation: for features whose portal side
    /// checks that the account still exists. <paramref name="clientId"/>: the client the login is of (<c>chatbot</c> for a
    /// token exchange, which wants the actor's token of the exchanging client).
    /// </summary>
    public async Task<PortalSession> LogInStoredAsync(
        TestBot bot, ChannelUser user, RememberedLocalGovernment place, ResidentProfile? profile = null, string state = AccountStates.Registered,
        string clientId = "bot-tests")
    {
        var account = AccountService.NewAccountId();
        var now = DateTimeOffset.UtcNow;
        await Portal.Services.GetRequiredService<AccountRepository>().CreateAsync(new Account
        {
            Id = account, Certificates = [], State = state, CreatedAt = now,
            RegisteredAt = state == AccountStates.Registered ? now : null, Profile = profile,
            Email = global::Portal.Testing.Privacy.TestEmails.Unique("bot"), NotificationsEnabled = true,
        }, CancellationToken.None);
        var token = await ResidentTokens.IssueAsync(Portal.Services, account, clientId, PortalScopes.Portal);
        var session = new PortalSession(token, null, now.AddHours(1), account);
        await PutSessionAsync(bot, user, session, place);
        return session;
    }

    /// <summary>The same login on another channel user (the resident on another channel).</summary>
    public static async Task PutSessionAsync(TestBot bot, ChannelUser user, PortalSession session, RememberedLocalGovernment place)
    {
        var stored = await bot.StoredAsync(user);
        await bot.Store.SaveAsync(stored.State with { PortalSession = session, LocalGovernment = place }, stored.ETag, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }
}
