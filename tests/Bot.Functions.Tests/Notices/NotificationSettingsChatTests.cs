using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Functions.Tests.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Notices.Preferences;
using Xunit.Abstractions;

namespace Bot.Functions.Tests.Notices;

/// <summary>
/// 通知設定 on LINE end to end: typed before any login, it asks for the card; after the first-time registration the
/// setting comes by itself in words, and a few quick replies change a category's channels and turn quiet hours off in
/// the portal.
/// </summary>
[Collection(TranscriptCollection.Name)]
public sealed class NotificationSettingsChatTests(TranscriptHosts hosts, ITestOutputHelper output)
{
    [Fact]
    public async Task OnLineAResidentReadsTheSettingAfterLoggingInAndChangesItWithQuickReplies()
    {
        var transcript = new Transcript();
        await transcript.RunAsync(output, async () =>
        {
            var line = new LineResident(hosts, transcript);
            await line.LogInWithCardAsync(hosts, await line.SayAsync("通知設定"), hosts.IssueCard());
            var shown = await line.RegisterAsync(hosts, ResidentSteps.NewEmail());
            var setting = Assert.Single(shown, m => m.Says("通知設定です"));
            Assert.Contains("・税：チャットとメール", setting.Text, StringComparison.Ordinal);
            Assert.Contains("通知を控える時間帯：21:00〜翌8:00", setting.Text, StringComparison.Ordinal);

            await line.PressAsync("届け方を変える");
            await line.PressAsync("税");
            var channels = await line.PressAsync("メールだけ");
            await line.PressAsync("控える時間帯");
            var quiet = await line.PressAsync("控えない");

            Assert.Contains(channels, m => m.Says("通知設定を変更しました。") && m.Says("・税：メールだけ"));
            Assert.Contains(quiet, m => m.Says("通知を控える時間帯：なし（いつでも届きます）"));
            var account = (await hosts.Bot.Services.GetRequiredService<ConversationStore>()
                .ReadAsync(new ChannelUser(Bot.Core.Messages.Channels.Line, line.UserId).Key, CancellationToken.None)).State.PortalSession!.AccountId!;
            var stored = (await hosts.Portal.Services.GetRequiredService<NotificationPreferencesRepository>().ReadAsync(account, CancellationToken.None))!.Document;
            Assert.Equal(["email"], stored.Channels["tax"]);
            Assert.Equal(["email", "chat"], stored.Channels["health"]);
            Assert.Null(stored.QuietHours);
        });
    }
}
