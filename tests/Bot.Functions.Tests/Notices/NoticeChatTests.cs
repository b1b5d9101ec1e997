using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Functions.Tests.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bot.Functions.Tests.Notices;

/// <summary>
/// お知らせ end to end on the local stack: 千代田区 sends a notice to everyone in its area through the agencies' API; the
/// portal's fan-out pages the recipients to the bot's queue; a resident of 千代田区 logged in on LINE and in the web chat
/// gets a LINE multicast naming only the sender and the push in the web chat stream; 詳しく there shows the notice, and
/// the menu's お知らせ shows the unread count before and not after.
/// </summary>
[Collection(TranscriptCollection.Name)]
public sealed class NoticeChatTests(TranscriptHosts hosts, ITestOutputHelper output)
{
    private const string Title = "子宮頸がん検診のお知らせ";
    private const string Body = "今年度の子宮頸がん検診の受付を始めました。対象の方には受診券をお送りしています。";
    private const string Pushed = "千代田区からお知らせがあります";

    [Fact]
    public async Task ANoticeToEveryoneInChiyodaIsMulticastOnLineAndPushedToTheWebChatWhereDetailsOpenIt()
    {
        var transcript = new Transcript();
        await transcript.RunAsync(output, async () =>
        {
            var card = hosts.IssueCard();
            var agency = new ChiyodaAgency(hosts.Portal.Services);

            // LINE: お知らせ needs a login; a first-time resident registers, then the (empty) list comes by itself.
            var line = new LineResident(hosts, transcript);
            await line.LogInWithCardAsync(hosts, await line.SayAsync("お知らせ"), card);
            Assert.Contains(await line.RegisterAsync(hosts, ResidentSteps.NewEmail()), m => m.Says("お知らせは、まだありません"));
            var account = (await StoredAsync(new ChannelUser(Bot.Core.Messages.Channels.Line, line.UserId))).PortalSession?.AccountId;
            Assert.NotNull(account);
            transcript.Note("the card's address puts the account in 千代田区 (profile and area keys, as the card reading stores them)");
            await agency.MoveInAsync(account);

            // The web chat: the same card logs in there too.
            using var web = await WebChatResident.OpenAsync(hosts, transcript);
            await web.LogInWithCardAsync(hosts, await web.SayAsync("お知らせ"), card);
            await web.WaitForTextAsync("お知らせは、まだありません");

            transcript.Note("千代田区 sends a notice to everyone in its area (POST /api/agency/notices)");
            using (var http = hosts.Portal.CreateClient())
            {
                await agency.SendToEveryoneAsync(http, Title, Body);
            }

            // LINE: one multicast naming the sender only — the title and body stay in the portal.
            var onLine = (await line.WaitForTextAsync(Pushed)).Last(m => m.Says(Pushed));
            Assert.Equal(Pushed, onLine.Text);
            var multicast = Assert.Single(hosts.Line.Multicasts, m => m.Body["to"]!.AsArray().Any(u => (string?)u == line.UserId));
            var sent = Unescaped(multicast.Body);
            Assert.Contains(Pushed, sent, StringComparison.Ordinal);
            Assert.DoesNotContain(Title, sent, StringComparison.Ordinal);
            Assert.DoesNotContain(Body, sent, StringComparison.Ordinal);
            Assert.DoesNotContain(hosts.Line.Pushes, p => p.Body["to"]?.GetValue<string>() == line.UserId && Unescaped(p.Body).Contains(Pushed, StringComparison.Ordinal));

            // The web chat: the push arrived in the stream; the menu shows one unread.
            var push = (await web.WaitForTextAsync(Pushed)).Last(m => m.Says(Pushed));
            Assert.Equal("お知らせ（1）", NoticesLabel(await web.SayAsync("メニュー")));

            // 詳しく on the push: the notice, read from now on.
            var detail = await web.PressAsync(push.Choices.Single(c => c.Label == "詳しく"));
            var notice = Assert.Single(detail, m => m.Says("【お知らせ】"));
            Assert.StartsWith($"【お知らせ】{Title}\n差出人: 千代田区\n", notice.Text, StringComparison.Ordinal);
            Assert.Contains(Body, notice.Text, StringComparison.Ordinal);
            Assert.Equal(["お知らせ一覧", "メニュー"], detail.SelectMany(m => m.Choices).Select(c => c.Label));

            // The list has it without the 未読 mark; the menu no longer counts it.
            var list = await web.PressAsync("お知らせ一覧");
            Assert.Equal(Title, Assert.Single(list.SelectMany(m => m.Cards)).Title);
            Assert.Equal("お知らせ", NoticesLabel(await web.PressAsync("メニュー")));
        });
    }

    /// <summary>The JSON as sent, Japanese readable (not \u-escaped), so a search for the title finds it if it is there.</summary>
    private static string Unescaped(System.Text.Json.Nodes.JsonNode json) =>
        json.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string NoticesLabel(IReadOnlyList<ChatMessage> replies) =>
        replies.SelectMany(m => m.Choices).Single(c => c.Action == Bot.Core.Notices.NoticeActions.List.ToString()).Label;

    private async Task<ConversationState> StoredAsync(ChannelUser user) =>
        (await hosts.Bot.Services.GetRequiredService<ConversationStore>().ReadAsync(user.Key, CancellationToken.None)).State;
}
