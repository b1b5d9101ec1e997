using System.Text.Json;
using Bot.Core.Applications;
using Bot.Core.Channels;
using Bot.Core.Messages;
using Bot.Core.Portal;
using Bot.Core.Sessions;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Applications.Events;
using Portal.Contracts.Applications.History;
using Portal.Contracts.Notices.Events;
using static Bot.Core.Tests.Support.Transcript;
using ChannelNames = Bot.Core.Messages.Channels;

namespace Bot.Core.Tests.Portal;

/// <summary>Each event on the bot's queue reaches its service by its kind; without a known kind it is a status notice, as before.</summary>
[Collection(BotTestCollection.Name)]
public sealed class PortalEventRouterTests(BotTestHost host)
{
    [Fact]
    public async Task ANoticePushPageGoesToTheNoticePushes()
    {
        var multicasts = new RecordedMulticasts(ChannelNames.Line);
        await using var bot = host.StartBot(services => services.AddSingleton<IMulticastSender>(multicasts));
        var account = Guid.NewGuid().ToString("N");
        var line = new ChannelUser(ChannelNames.Line, "U" + Guid.NewGuid().ToString("N"));
        await bot.Service<LinkedChannelStore>().LinkAsync(account, line, "ses-1", CancellationToken.None);
        var page = new NoticePushPage("page-1-" + account, "ntc-1", "千代田区", "health", false, [account], DateTimeOffset.UtcNow);

        var message = JsonSerializer.Serialize(page, JsonSerializerOptions.Web);
        Assert.Contains("\"kind\":\"notice-push\"", message, StringComparison.Ordinal);
        await bot.Service<PortalEventRouter>().RouteAsync(message, CancellationToken.None);

        var delivered = Assert.Single(multicasts.Delivered);
        Assert.Equal([line.UserId], delivered.UserIds);
        Assert.Equal("千代田区からお知らせがあります", Assert.IsType<ChoicesMessage>(Assert.Single(delivered.Messages)).Text);
    }

    [Fact]
    public async Task AnEventOfAnUnknownKindIsStillReadAsAStatusNotice()
    {
        await using var bot = host.StartBot();
        var account = Guid.NewGuid().ToString("N");
        var web = NewUser();
        await bot.Service<ResidentChannelStore>().RememberAsync(account, web, CancellationToken.None);
        var notice = new ApplicationStatusNotice(account, "2611-2704-8153-6", TestCatalog.ChildAllowance, "児童手当の認定請求",
            new StatusView("under-review", "審査中"), new StatusView("correction-requested", "補正依頼"), DateTimeOffset.UtcNow);
        var message = JsonSerializer.SerializeToNode(notice, JsonSerializerOptions.Web)!.AsObject();
        message["kind"] = "something-newer";

        await bot.Service<PortalEventRouter>().RouteAsync(message.ToJsonString(), CancellationToken.None);

        Assert.StartsWith("「児童手当の認定請求」", Assert.IsType<ChoicesMessage>(Assert.Single(bot.Sent[ChannelNames.WebChat].To(web))).Text);
    }
}
