using System.Net;
using System.Text;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Notices;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Notices;

/// <summary>詳しく on a push opens the notice from the portal with the chat's session; a gone notice is told politely.</summary>
[Collection(BotTestCollection.Name)]
public sealed class NoticeFlowTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task DetailsShowTheNoticesTitleSenderDateAndBody()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInAsync(bot, user, Arakawa);
        string? bearer = null;
        bot.Handler.Intercept = (request, _) =>
        {
            if (request.RequestUri!.AbsolutePath != "/api/me/notices/ntc-1")
            {
                return Task.FromResult<HttpResponseMessage?>(null);
            }
            bearer = request.Headers.Authorization?.Parameter;
            return Task.FromResult<HttpResponseMessage?>(Json(HttpStatusCode.OK, """
                {"id":"ntc-1","title":"避難所の開設について","body":"本日15時に、区立小学校を避難所として開設しました。","senderName":"千代田区",
                 "category":"disaster","importance":"important","publishedAt":"2026-12-07T01:00:00Z","read":false}
                """));
        };

        var replies = await bot.PressAsync(user, NoticeActions.Open("ntc-1").ToString());

        var notice = Assert.IsType<TextMessage>(replies[0]);
        Assert.Equal("【お知らせ】避難所の開設について\n差出人: 千代田区\n日付: 令和8年12月7日 10:00\n\n本日15時に、区立小学校を避難所として開設しました。",
            notice.Text);
        Assert.Equal(session.AccessToken, bearer);
    }

    [Fact]
    public async Task AWithdrawnOrExpiredNoticeIsToldPolitely()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInAsync(bot, user, Arakawa);
        bot.Handler.Intercept = (request, _) => Task.FromResult<HttpResponseMessage?>(
            request.RequestUri!.AbsolutePath.StartsWith("/api/me/notices/", StringComparison.Ordinal)
                ? Json(HttpStatusCode.NotFound, """{"title":"Not Found","status":404}""")
                : null);

        var replies = await bot.PressAsync(user, NoticeActions.Open("ntc-gone").ToString());

        Assert.Equal("このお知らせは見つかりませんでした（取り下げられたか、期限が過ぎた可能性があります）", Assert.IsType<TextMessage>(replies[0]).Text);
        Assert.True(OffersMenu(replies));
    }

    [Fact]
    public async Task WithoutALoginDetailsAskForOneBeforeThePortalIsAskedAnything()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var asked = false;
        bot.Handler.Intercept = (request, _) =>
        {
            asked |= request.RequestUri!.AbsolutePath.StartsWith("/api/me/notices/", StringComparison.Ordinal);
            return Task.FromResult<HttpResponseMessage?>(null);
        };

        var replies = await bot.PressAsync(user, NoticeActions.Open("ntc-1").ToString());

        Assert.False(asked);
        Assert.Contains("ログイン", Text(replies));
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
