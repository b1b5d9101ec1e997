using System.Net;
using System.Net.Http.Json;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Bot.Core.Registration;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Registration;

/// <summary>
/// A first-time resident's registration-only tokens are refreshed by the shared refresher: the portal's rate limit
/// (429) keeps the pending login and asks the resident to come back; a refused refresh still asks for a new login.
/// The portal's token and confirmation answers are played here; the conversation state is the real one.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class RegistrationRefreshTests(BotTestHost host)
{
    private const string Code = "123456";

    [Fact]
    public async Task A_rate_limited_refresh_before_the_code_keeps_the_pending_registration_and_the_next_turn_completes()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var expired = await PendingRegistrationAsync(bot, user, TimeSpan.FromSeconds(-1));
        var portal = new PlayedPortal { Token = HttpStatusCode.TooManyRequests };
        bot.Handler.Intercept = portal.Answer;

        var waited = await bot.SayAsync(user, Code);

        Assert.Contains(LoginTexts.TryLater.Text, Text(waited), StringComparison.Ordinal);
        Assert.DoesNotContain(RegistrationTexts.LogInAgain, Text(waited), StringComparison.Ordinal);
        var kept = (await bot.StoredAsync(user)).State;
        Assert.Equal(RegistrationSteps.Code, kept.Step);
        Assert.Equal(expired, kept.PendingLogin?.Registration);
        Assert.Equal(0, portal.Confirmations);

        portal.Token = HttpStatusCode.OK;
        var completed = await bot.SayAsync(user, Code);

        Assert.Contains(RegistrationTexts.Registered, Text(completed), StringComparison.Ordinal);
        var done = (await bot.StoredAsync(user)).State;
        Assert.Null(done.PendingLogin);
        Assert.NotNull(done.PortalSession);
        Assert.Equal(1, portal.Confirmations);
    }

    [Fact]
    public async Task A_rate_limited_refresh_after_the_code_keeps_the_registration_tokens_and_continuing_completes()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var registration = await PendingRegistrationAsync(bot, user, TimeSpan.FromMinutes(5));
        var portal = new PlayedPortal { Token = HttpStatusCode.TooManyRequests };
        bot.Handler.Intercept = portal.Answer;

        var waited = await bot.SayAsync(user, Code);

        Assert.Contains(LoginTexts.TryLater.Text, Text(waited), StringComparison.Ordinal);
        var kept = (await bot.StoredAsync(user)).State;
        Assert.Equal(RegistrationSteps.Finish, kept.Step);
        Assert.Equal(registration, kept.PendingLogin?.Registration);
        Assert.Null(kept.PortalSession);

        portal.Token = HttpStatusCode.OK;
        var completed = await bot.PressAsync(user, Action(waited, RegistrationTexts.FinishChoice.Label));

        Assert.Contains(RegistrationTexts.Registered, Text(completed), StringComparison.Ordinal);
        Assert.Null((await bot.StoredAsync(user)).State.PendingLogin);
        Assert.NotNull((await bot.StoredAsync(user)).State.PortalSession);
        Assert.Equal(1, portal.Confirmations);
    }

    [Theory]
    [InlineData(-1)] // refreshed before the code is sent
    [InlineData(300)] // refreshed to the full session after the code
    public async Task A_refused_refresh_still_asks_the_resident_to_log_in_again(int expiresInSeconds)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await PendingRegistrationAsync(bot, user, TimeSpan.FromSeconds(expiresInSeconds));
        bot.Handler.Intercept = new PlayedPortal { Token = HttpStatusCode.BadRequest }.Answer;

        var replies = await bot.SayAsync(user, Code);

        Assert.Contains(RegistrationTexts.LogInAgain, Text(replies), StringComparison.Ordinal);
        Assert.Null((await bot.StoredAsync(user)).State.PendingLogin);
    }

    [Fact]
    public async Task Two_refreshes_of_one_registration_at_once_make_one_call_to_the_token_endpoint()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var registration = await PendingRegistrationAsync(bot, user, TimeSpan.FromSeconds(-1));
        var portal = new PlayedPortal { Token = HttpStatusCode.OK, Release = new TaskCompletionSource() };
        bot.Handler.Intercept = portal.Answer;
        var refresher = bot.Service<PortalSessionRefresher>();

        var calls = Enumerable.Range(0, 2).Select(_ => refresher.RefreshRegistrationAsync(user.Key, registration, CancellationToken.None)).ToList();
        await Task.Delay(200);
        portal.Release.SetResult();
        var outcomes = await Task.WhenAll(calls);

        Assert.Equal(1, portal.TokenCalls);
        Assert.NotNull(outcomes[0].Session);
        Assert.Equal(outcomes[0].Session, outcomes[1].Session);
    }

    /// <summary>A first-time resident who typed the e-mail and agreed: the code from the e-mail comes next.</summary>
    private static async Task<PortalSession> PendingRegistrationAsync(TestBot bot, ChannelUser user, TimeSpan expiresIn)
    {
        var registration = new PortalSession("registration-access", $"registration-refresh-{Guid.NewGuid():N}", DateTimeOffset.UtcNow + expiresIn);
        await bot.Service<ConversationUpdater>().UpdateAsync(user.Key, s => s with
        {
            Step = RegistrationSteps.Code,
            PendingLogin = new PendingLogin
            {
                Id = Guid.NewGuid().ToString("N"), Intent = "v1:menu:search", Registration = registration,
            },
        }, CancellationToken.None);
        return registration;
    }

    /// <summary>The portal's token endpoint and registration confirmation, as the test plays them.</summary>
    private sealed class PlayedPortal
    {
        private int _tokenCalls;
        private int _confirmations;

        public HttpStatusCode Token { get; set; }

        /// <summary>When set, token calls wait for it.</summary>
        public TaskCompletionSource? Release { get; init; }

        public int TokenCalls => _tokenCalls;

        public int Confirmations => _confirmations;

        public async Task<HttpResponseMessage?> Answer(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            if (path.EndsWith("/oauth/token", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _tokenCalls);
                if (Release is { } release)
                {
                    await release.Task;
                }
                return Token switch
                {
                    HttpStatusCode.OK => new HttpResponseMessage(HttpStatusCode.OK)
                    {
                        Content = JsonContent.Create(new Dictionary<string, object>
                        {
                            ["access_token"] = $"access-{Guid.NewGuid():N}", ["refresh_token"] = $"refresh-{Guid.NewGuid():N}", ["expires_in"] = 300,
                        }),
                    },
                    HttpStatusCode.BadRequest => new HttpResponseMessage(HttpStatusCode.BadRequest)
                    {
                        Content = new StringContent("""{"error":"invalid_grant"}""", null, "application/json"),
                    },
                    _ => new HttpResponseMessage(Token),
                };
            }
            if (path.EndsWith("/me/registration/confirm", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _confirmations);
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            }
            return null;
        }
    }
}
