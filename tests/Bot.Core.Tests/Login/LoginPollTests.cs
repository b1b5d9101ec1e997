using System.Net;
using System.Net.Http.Json;
using Bot.Core.Login;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Login;

/// <summary>
/// The background poll of a chat login, for each answer of the token endpoint (RFC 8628): wait again, wait longer,
/// or end the login and tell the resident. The portal's OAuth answers are played here (the shared portal has no
/// chatbot client); the conversation state is the real one.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class LoginPollTests(BotTestHost host)
{
    private const int Interval = 5;

    public static TheoryData<string, int?, string?> Answers => new()
    {
        // token error        next poll's interval (null: none)   what the resident is told (null: nothing yet)
        { TokenOutcome.AuthorizationPending, Interval, null },
        { TokenOutcome.SlowDown, Interval + 5, null },
        { TokenOutcome.AccessDenied, null, "ログインが取り消されました" },
        { TokenOutcome.ExpiredToken, null, "受付時間が過ぎた" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task EachTokenAnswerWaitsWaitsLongerOrEndsTheLoginPolitely(string error, int? nextInterval, string? told)
    {
        await using var bot = host.StartBot();
        bot.Handler.Intercept = (request, _) => Task.FromResult(Answer(request, error));
        var user = NewUser();
        var started = await bot.PressAsync(user, "v1:menu:todo");
        Assert.Contains("ログインが必要", Text(started));
        var first = Assert.Single(bot.Polls.All);

        await bot.Service<LoginPoller>().PollAsync(first, CancellationToken.None);

        var pending = (await bot.StoredAsync(user)).State.PendingLogin;
        var sent = bot.Sent[Bot.Core.Messages.Channels.WebChat].To(user);
        if (nextInterval is { } interval)
        {
            Assert.Equal(2, bot.Polls.All.Count);
            Assert.Equal(interval, bot.Polls.All[1].IntervalSeconds);
            Assert.Equal(TimeSpan.FromSeconds(interval), bot.Polls.Delays[1]);
            Assert.NotNull(pending);
            Assert.Empty(sent);
        }
        else
        {
            Assert.Single(bot.Polls.All);
            Assert.Null(pending);
            Assert.Contains(told!, Text(sent), StringComparison.Ordinal);
        }
    }

    private static HttpResponseMessage? Answer(HttpRequestMessage request, string tokenError) => request.RequestUri!.AbsolutePath switch
    {
        var path when path.EndsWith("/oauth/device_authorization", StringComparison.Ordinal) => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = JsonContent.Create(new Dictionary<string, object>
            {
                ["device_code"] = "device-code", ["user_code"] = "ABCD-EFGH",
                ["card_request_uri"] = "https://portal.test/api/card-requests/AAAAAAAAAAAAAAAAAAAAAA", ["expires_in"] = 300, ["interval"] = Interval,
            }),
        },
        var path when path.EndsWith("/oauth/token", StringComparison.Ordinal) => new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["error"] = tokenError }),
        },
        _ => null,
    };
}
