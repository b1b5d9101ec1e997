using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Notices.Events;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices.Delivery;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Notices.Agency;
using Portal.Functions.Tests.Notices.Inbox;
using Portal.Testing;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.Notices.Delivery;

/// <summary>
/// The sending agency's delivery figures: what the fan-out found and queued, what the chatbot reported it told, what
/// the outbox sent and who read it — each page and each report counted once, however often it came, and only for the
/// agency that sent the notice. Each test uses an area of its own, so the residents of one are not another's recipients.
/// </summary>
public sealed class NoticeDeliveryFiguresHttpTests(NoticeDeliveryFixture fixture) : IClassFixture<NoticeDeliveryFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private AccountsApi Api => fixture.Api;

    private InboxSeeds Seeds => new(Api);

    [Fact]
    public async Task TheFiguresCountTheRecipientsTheirChannelsAndTheResidentsWhoOpenedTheNoticeForItsSenderOnly()
    {
        var (reader, readerToken) = await Seeds.ResidentAsync("東京都千代田区霞が関2-1-2");
        await Seeds.ResidentAsync("東京都千代田区霞が関2-1-2");
        await Seeds.ResidentAsync("東京都中央区築地1-1-1");
        var token = await AgencyTokenAsync("chiyoda-figures", "千代田区", "131016");
        var id = await SendAsync(token, NoticeBodies.Everyone("がん検診のお知らせ"));

        var figures = await FiguresAsync(token, id, f => f.GetProperty("email").GetProperty("sent").GetInt32() == 2);
        Assert.Equal((2, 2, 0, 0, 0), (Int(figures, "recipients"), Int(figures, "reached"), Int(figures, "withoutCardProfile"),
            Int(figures, "pending"), Int(figures, "read")));
        Assert.Equal(2, figures.GetProperty("chat").GetProperty("queued").GetInt32());
        Assert.Equal(2, figures.GetProperty("email").GetProperty("queued").GetInt32());

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{id}", readerToken), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{id}", readerToken), 200);

        Assert.Equal(1, Int(await FiguresAsync(token, id, _ => true), "read"));
        var listed = (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/agency/notices", token), 200))
            .GetProperty("items").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);
        Assert.Equal((2, 1), (Int(listed.GetProperty("delivery"), "recipients"), Int(listed.GetProperty("delivery"), "read")));
        Assert.DoesNotContain(reader, listed.GetRawText(), StringComparison.Ordinal);

        var other = await AgencyTokenAsync("chiyoda-figures-other", "千代田区", "131016");
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/agency/notices/{id}", other), 404);
    }

    [Fact]
    public async Task APageRedeliveredAndABotReportSentTwiceAreCountedOnceAndTheResidentIsEmailedOnce()
    {
        var (resident, _) = await Seeds.ResidentAsync("東京都港区芝公園4-2-8");
        var email = (await Api.Host.Services.GetRequiredService<AccountRepository>().FindAsync(resident, CancellationToken.None))!.Document.Email!;
        var token = await AgencyTokenAsync("minato-figures", "港区", "131032");
        var id = await SendAsync(token, NoticeBodies.Everyone("港区からのお知らせ"));
        await FiguresAsync(token, id, f => Int(f, "recipients") == 1);

        var fanOut = Api.Host.Services.GetRequiredService<NoticeFanOut>();
        await fanOut.RunAsync(new NoticeFanOutPage(id, "lg-131032", 0, null), CancellationToken.None);
        await fanOut.RunAsync(new NoticeFanOutPage(id, "lg-131032", 0, null), CancellationToken.None);
        var report = new NoticePushReport($"{id}.0", id, 1, Line: 1, Teams: 0, WebChat: 1, Failed: 0, Unlinked: 0, DateTimeOffset.UtcNow);
        await ReportAsync(report);
        await ReportAsync(report);

        var figures = await FiguresAsync(token, id, f => Int(f, "pushed") == 2 && f.GetProperty("email").GetProperty("sent").GetInt32() == 1);
        await QueueDrain.UntilEmptyAsync(ReportQueue(), Wait);
        await QueueDrain.UntilEmptyAsync(new QueueClient(Api.Stack.Storage.ConnectionString,
            Api.Host.Services.GetRequiredService<IConfiguration>()["EmailOutboxQueue"]), Wait);
        figures = await FiguresAsync(token, id, _ => true);
        Assert.Equal((1, 1, 2), (Int(figures, "recipients"), Int(figures, "reached"), Int(figures, "pushed")));
        var chat = figures.GetProperty("chat");
        Assert.Equal((1, 1, 0, 1, 0), (Int(chat, "queued"), Int(chat, "line"), Int(chat, "teams"), Int(chat, "webChat"), Int(chat, "failed")));
        Assert.Equal((1, 1), (Int(figures.GetProperty("email"), "queued"), Int(figures.GetProperty("email"), "sent")));
        Assert.Equal(1, await MailSink.CountToAsync(Api.Stack, email,
            mail => mail.GetProperty("subject").GetString()!.Contains("港区からお知らせがあります", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WithdrawingAnswersHowManyChatsWereAlreadyTold()
    {
        await Seeds.ResidentAsync("東京都新宿区西新宿2-8-1");
        var token = await AgencyTokenAsync("shinjuku-figures", "新宿区", "131041");
        var id = await SendAsync(token, NoticeBodies.Everyone("新宿区からのお知らせ"));
        await FiguresAsync(token, id, f => Int(f, "recipients") == 1);
        await ReportAsync(new NoticePushReport($"{id}.0", id, 1, Line: 2, Teams: 1, WebChat: 0, Failed: 1, Unlinked: 0, DateTimeOffset.UtcNow));
        await FiguresAsync(token, id, f => Int(f, "pushed") == 3);

        var withdrawn = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Delete, $"/api/agency/notices/{id}", token), 200);

        Assert.Equal("withdrawn", withdrawn.GetProperty("state").GetString());
        Assert.Equal(3, Int(withdrawn.GetProperty("delivery"), "pushed"));
        Assert.Equal(1, Int(withdrawn.GetProperty("delivery").GetProperty("chat"), "failed"));
    }

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();

    private Task<string> AgencyTokenAsync(string clientId, string name, string code) =>
        AgencyNoticeApiHost.AgencyTokenAsync(Api.Host.Services, clientId, name, new AgencyBinding(code, null));

    private async Task<string> SendAsync(string token, object body)
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, body,
            r => r.Headers.TryAddWithoutValidation("Idempotency-Key", NoticeBodies.NewKey()));
        return (await AccountsApi.ExpectAsync(response, 201)).GetProperty("id").GetString()!;
    }

    /// <summary>The notice's figures once <paramref name="until"/> holds for them.</summary>
    private async Task<JsonElement> FiguresAsync(string token, string id, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var notice = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/agency/notices/{id}", token), 200);
            var figures = notice.GetProperty("delivery");
            if (until(figures))
            {
                return figures;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The figures of {id} stayed {figures.GetRawText()} for {Wait}.");
            await Task.Delay(200);
        }
    }

    /// <summary>As the chatbot sends it, on the queue the host's trigger reads.</summary>
    private async Task ReportAsync(NoticePushReport report)
    {
        var queue = ReportQueue();
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(JsonSerializer.Serialize(report, JsonSerializerOptions.Web));
    }

    private QueueClient ReportQueue() => new(Api.Stack.Storage.ConnectionString,
        Api.Host.Services.GetRequiredService<IConfiguration>()[NoticePushReport.QueueSetting],
        new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
}
