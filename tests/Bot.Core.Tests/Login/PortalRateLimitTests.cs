using System.Net;
using System.Net.Http.Json;
using Bot.Core.Login;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Login;

/// <summary>
/// The portal's rate limit (429) as the resident meets it: asked to come back a little later, never a login silently
/// lost. The portal's answers are played here; the conversation state and the poll queue are the real ones.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class PortalRateLimitTests(BotTestHost host)
{
    [Fact]
    public async Task ALoginTheRateLimitRefusesToStartAsksTheResidentToTryAgainShortly()
    {
        await using var bot = host.StartBot();
        bot.Handler.Intercept = (request, _) => Task.FromResult<HttpResponseMessage?>(
            request.RequestUri!.AbsolutePath.EndsWith("/oauth/device_authorization", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.TooManyRequests) : null);
        var user = NewUser();

        var replies = await bot.PressAsync(user, "v1:menu:todo");

        Assert.Contains("しばらくしてからもう一度", Text(replies), StringComparison.Ordinal);
        Assert.Empty(bot.Polls.All);
        Assert.Null((await bot.StoredAsync(user)).State.PendingLogin);
    }

    [Fact]
    public async Task APollTheRateLimitRefusesIsPolledAgainAndTheLoginStaysPending()
    {
        await using var bot = host.StartBot();
        bot.Handler.Intercept = (request, _) => Task.FromResult<HttpResponseMessage?>(request.RequestUri!.AbsolutePath switch
        {
            var path when path.EndsWith("/oauth/device_authorization", StringComparison.Ordinal) => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new Dictionary<string, object>
                {
                    ["device_code"] = "device-code", ["user_code"] = "ABCD-EFGH",
                    ["card_request_uri"] = "https://portal.test/api/card-requests/AAAAAAAAAAAAAAAAAAAAAA", ["expires_in"] = 300, ["interval"] = 5,
                }),
            },
            var path when path.EndsWith("/oauth/token", StringComparison.Ordinal) => new HttpResponseMessage(HttpStatusCode.TooManyRequests),
            _ => null,
        });
        var user = NewUser();
        await bot.PressAsync(user, "v1:menu:todo");

        await bot.Service<LoginPoller>().PollAsync(Assert.Single(bot.Polls.All), CancellationToken.None);

        Assert.Equal(2, bot.Polls.All.Count);
        Assert.True(bot.Polls.All[1].IntervalSeconds > 5);
        Assert.NotNull((await bot.StoredAsync(user)).State.PendingLogin);
        Assert.Empty(bot.Sent[Bot.Core.Messages.Channels.WebChat].To(user));
    }
}
