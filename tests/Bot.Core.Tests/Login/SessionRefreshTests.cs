using System.Net;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Errors;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Login;

/// <summary>
/// A stored portal session is refreshed in one place at a time: the turn handler and the pollers of one process share
/// the call, and a process that loses the race takes the winner's stored session instead of ending the login.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class SessionRefreshTests(BotTestHost host)
{
    [Fact]
    public async Task CallersOfOneProcessRefreshingTheSameSessionAtOnceShareOneCallToThePortal()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await StoredLoginAsync(bot, user);
        var tokenCalls = 0;
        var release = new TaskCompletionSource();
        bot.Handler.Intercept = async (request, _) =>
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref tokenCalls);
                await release.Task;
            }
            return null;
        };
        var refresher = bot.Service<PortalSessionRefresher>();

        var calls = Enumerable.Range(0, 3).Select(_ => refresher.RefreshAsync(user.Key, session, CancellationToken.None)).ToList();
        await Task.Delay(200);
        release.SetResult();
        var outcomes = await Task.WhenAll(calls);

        Assert.Equal(1, tokenCalls);
        Assert.All(outcomes, o => Assert.Equal(outcomes[0].Session, o.Session));
        Assert.NotNull(outcomes[0].Session);
    }

    [Fact]
    public async Task AProcessThatLosesTheRaceTakesTheStoredWinnerAndTheLoginGoesOn()
    {
        await using var poller = host.StartBot();
        await using var turn = host.StartBot();
        var user = NewUser();
        var session = await StoredLoginAsync(poller, user);

        var won = (await poller.Service<PortalSessionRefresher>().RefreshAsync(user.Key, session, CancellationToken.None)).Session!;
        await poller.Service<ConversationUpdater>().UpdateAsync(user.Key, s => s with { PortalSession = won }, CancellationToken.None);
        var lost = await turn.Service<PortalSessionRefresher>().RefreshAsync(user.Key, session, CancellationToken.None);

        Assert.Equal(won, lost.Session);
        var next = await turn.Service<PortalSessionRefresher>().RefreshAsync(user.Key, won, CancellationToken.None);
        Assert.NotNull(next.Session);
    }

    [Fact]
    public async Task ARefusedRefreshWithNothingNewStoredIsStillARefusal()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await StoredLoginAsync(bot, user);
        bot.Handler.Intercept = (request, _) => Task.FromResult<HttpResponseMessage?>(
            request.RequestUri!.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("""{"error":"invalid_grant"}""", null, "application/json") }
                : null);

        var outcome = await bot.Service<PortalSessionRefresher>().RefreshAsync(user.Key, session, CancellationToken.None);

        Assert.Equal((null, TokenOutcome.InvalidGrant), (outcome.Session, outcome.Error));
    }

    /// <summary>A card login as the portal issues it to the chatbot (with a refresh token), stored in the conversation.</summary>
    private async Task<PortalSession> StoredLoginAsync(TestBot bot, Bot.Core.Messages.ChannelUser user)
    {
        var portal = host.Portal.Services;
        var client = await ChatbotAsync(portal);
        var account = await portal.GetRequiredService<AccountService>()
            .SignInAsync("CN=Test Authentication CA, O=JPKI, C=JP", Convert.ToHexString(Guid.NewGuid().ToByteArray()), client.Id, CancellationToken.None);
        var issued = await portal.GetRequiredService<ResidentTokenIssuer>()
            .IssueAsync(account, client, ["openid", "portal"], DateTimeOffset.UtcNow, "webchat", null, CancellationToken.None);
        var session = new PortalSession(issued.AccessToken, issued.RefreshToken, DateTimeOffset.UtcNow.AddSeconds(30), account.Id);
        var stored = await bot.StoredAsync(user);
        await bot.Store.SaveAsync(stored.State with { PortalSession = session }, stored.ETag, CancellationToken.None);
        return session;
    }

    private static async Task<RegisteredClient> ChatbotAsync(IServiceProvider portal)
    {
        var repository = portal.GetRequiredService<ClientRepository>();
        // The chatbot as the portal registers it: a confidential client with the test key the bot signs with.
        var chatbot = global::Portal.Testing.Hosting.ChatbotClientKey.Chatbot(DateTimeOffset.UtcNow);
        try
        {
            await repository.CreateAsync(chatbot, CancellationToken.None);
        }
        catch (DuplicateDocumentException)
        {
            // Registered by an earlier test of this host.
        }
        return chatbot;
    }
}
