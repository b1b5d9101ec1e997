using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Sessions;
using Bot.Core.Tests.Support;
using Portal.Contracts.CardRequests;
using Portal.Contracts.Sessions.Events;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Sessions;

/// <summary>A new login is told on the chats the account logged in from before it, never on the chat that made it.</summary>
[Collection(BotTestCollection.Name)]
public sealed class NewLoginNoticeTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task TheEarlierChatIsToldWhereAndWhenAndTheChatThatJustLoggedInIsNot()
    {
        await using var bot = host.StartBot();
        var account = Guid.NewGuid().ToString("N");
        var victim = new ChannelUser(Bot.Core.Messages.Channels.Line, Guid.NewGuid().ToString("N"));
        var attacker = NewUser();
        await LinkAsync(bot, victim, account, "ses-victim");
        await LinkAsync(bot, attacker, account, "ses-attacker");
        var at = new DateTimeOffset(2026, 11, 27, 5, 5, 0, TimeSpan.Zero);

        await bot.Service<NewLoginNoticeService>().NotifyAsync(
            new NewLoginNotice(account, "ses-attacker", "マイナポータル チャットボット", DeviceKinds.WebChat, at), CancellationToken.None);

        Assert.Empty(bot.Sent[Bot.Core.Messages.Channels.WebChat].To(attacker));
        var told = Assert.IsType<ChoicesMessage>(Assert.Single(bot.Sent[Bot.Core.Messages.Channels.Line].To(victim)));
        Assert.StartsWith("【新しいログイン】", told.Text);
        Assert.Contains("サービス: マイナポータル チャットボット", told.Text);
        Assert.Contains("端末の種類: Web チャット", told.Text);
        Assert.Contains("日時: 令和8年11月27日 14:05", told.Text);
        Assert.Equal(SessionActions.List.ToString(), Action([told], "ログイン中の端末"));
        Assert.DoesNotContain(account, bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChatNowLoggedInToAnotherAccountIsNotTold()
    {
        await using var bot = host.StartBot();
        var account = Guid.NewGuid().ToString("N");
        var shared = NewUser();
        await LinkAsync(bot, shared, account, "ses-first");
        await BotTestHost.PutSessionAsync(bot, shared,
            new PortalSession("token", null, DateTimeOffset.UtcNow.AddHours(1), Guid.NewGuid().ToString("N"), "ses-other"), Arakawa);

        await bot.Service<NewLoginNoticeService>().NotifyAsync(
            new NewLoginNotice(account, "ses-new", "マイナポータル チャットボット", DeviceKinds.Line, DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Empty(bot.Sent[Bot.Core.Messages.Channels.WebChat].To(shared));
    }

    /// <summary>The chat logged in to the account as <paramref name="sessionId"/>, as the login poller leaves it.</summary>
    private static async Task LinkAsync(TestBot bot, ChannelUser user, string account, string sessionId)
    {
        await BotTestHost.PutSessionAsync(bot, user, new PortalSession("token", null, DateTimeOffset.UtcNow.AddHours(1), account, sessionId), Arakawa);
        await bot.Service<LinkedChannelStore>().LinkAsync(account, user, sessionId, CancellationToken.None);
    }
}
