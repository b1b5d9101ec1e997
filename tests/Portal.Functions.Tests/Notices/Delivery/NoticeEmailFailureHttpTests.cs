using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Email;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices.Delivery;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Notices.Agency;
using Portal.Functions.Tests.Notices.Inbox;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.Notices.Delivery;

/// <summary>
/// E-mails the outbox gives up on (every attempt failed, the message parked as poison) are counted in the sending
/// agency's figures as failed, once per resident and notice however often the page or the poison message comes again.
/// </summary>
public sealed class NoticeEmailFailureHttpTests(UnreachableMailRelayFixture fixture) : IClassFixture<UnreachableMailRelayFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task An_email_the_outbox_gives_up_on_counts_as_failed_once_however_often_it_is_redelivered()
    {
        var (resident, _) = await new InboxSeeds(Api).ResidentAsync("東京都港区芝公園4-2-8");
        var token = await AgencyNoticeApiHost.AgencyTokenAsync(Api.Host.Services, "minato-mail-failures", "港区", new AgencyBinding("131032", null));
        var response = await Api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone("港区からのお知らせ"),
            r => r.Headers.TryAddWithoutValidation("Idempotency-Key", NoticeBodies.NewKey()));
        var id = (await AccountsApi.ExpectAsync(response, 201)).GetProperty("id").GetString()!;

        var email = await EmailFiguresAsync(token, id, e => e.GetProperty("failed").GetInt32() > 0);
        Assert.Equal((1, 0, 1), (email.GetProperty("queued").GetInt32(), email.GetProperty("sent").GetInt32(), email.GetProperty("failed").GetInt32()));

        // The page again (the resident's e-mail queued and given up on again), and the parked message delivered twice.
        await Api.Host.Services.GetRequiredService<NoticeFanOut>().RunAsync(new NoticeFanOutPage(id, "lg-131032", 0, null), CancellationToken.None);
        var outbox = Queue(Api.Host.Services.GetRequiredService<IConfiguration>()["EmailOutboxQueue"]!);
        await QueueDrain.UntilEmptyAsync(outbox, Wait);
        var poison = Queue(outbox.Name + "-poison");
        await poison.SendMessageAsync(JsonSerializer.Serialize(
            new EmailMessage("resident@example.jp", "件名", "本文", NoticeEmail.Purpose, new EmailOnce(id, resident)), JsonSerializerOptions.Web));
        await QueueDrain.UntilEmptyAsync(poison, Wait);

        email = await EmailFiguresAsync(token, id, _ => true);
        Assert.Equal((0, 1), (email.GetProperty("sent").GetInt32(), email.GetProperty("failed").GetInt32()));
    }

    /// <summary>In a ward of its own: a notice to everyone in the ward reaches the other test's resident too.</summary>
    [Fact]
    public async Task An_email_given_up_on_and_later_sent_under_the_same_key_counts_as_sent_and_not_as_failed()
    {
        var (resident, _) = await new InboxSeeds(Api).ResidentAsync("東京都中央区築地1-1-1");
        var token = await AgencyNoticeApiHost.AgencyTokenAsync(Api.Host.Services, "chuo-mail-sent-later", "中央区", new AgencyBinding("131024", null));
        var response = await Api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone("中央区からのお知らせ"),
            r => r.Headers.TryAddWithoutValidation("Idempotency-Key", NoticeBodies.NewKey()));
        var id = (await AccountsApi.ExpectAsync(response, 201)).GetProperty("id").GetString()!;
        var failed = await EmailFiguresAsync(token, id, e => e.GetProperty("failed").GetInt32() > 0);

        // A later copy of the resident's message (the page run again once the relay was back) went out under the same key.
        Assert.True(await Api.Host.Services.GetRequiredService<SentEmailMarkers>().TryMarkAsync(new EmailOnce(id, resident), NoticeEmail.Purpose, CancellationToken.None));

        var email = await EmailFiguresAsync(token, id, _ => true);
        Assert.Equal((0, 1), (failed.GetProperty("sent").GetInt32(), failed.GetProperty("failed").GetInt32()));
        Assert.Equal((1, 0), (email.GetProperty("sent").GetInt32(), email.GetProperty("failed").GetInt32()));
    }

    private QueueClient Queue(string name) => new(Api.Stack.Storage.ConnectionString, name,
        new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>The notice's e-mail figures once <paramref name="until"/> holds for them.</summary>
    private async Task<JsonElement> EmailFiguresAsync(string token, string id, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var notice = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/agency/notices/{id}", token), 200);
            var email = notice.GetProperty("delivery").GetProperty("email");
            if (until(email))
            {
                return email;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The e-mail figures of {id} stayed {email.GetRawText()} for {Wait}.");
            await Task.Delay(200);
        }
    }
}
