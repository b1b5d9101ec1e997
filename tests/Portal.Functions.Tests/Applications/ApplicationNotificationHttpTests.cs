using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications.Events;
using Portal.Domain.Email;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.Applications;

/// <summary>
/// Every host in a test run listens on the one application-events queue, and each reads its own database: these run
/// alone, after the parallel classes, so the only host taking the events is the one that stored the applications.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ApplicationEventsCollection
{
    public const string Name = "application-events";
}

/// <summary>A status change reaches the resident's mailbox when they asked for e-mail on that application, and only then.</summary>
[Collection(ApplicationEventsCollection.Name)]
public sealed class ApplicationNotificationHttpTests(ApplicationsApiFixture fixture) : IClassFixture<ApplicationsApiFixture>
{
    private static readonly HttpClient Sink = new();

    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task AStatusChangeIsMailedWhenTheResidentAskedForItAndNotOtherwise()
    {
        var (resident, _, email) = await Api.RegisteredAsync();
        var silent = await fixture.SubmitAsync(resident, notifyByEmail: false);
        var notified = await fixture.SubmitAsync(resident, notifyByEmail: true);
        var agency = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, $"/api/agency/applications/{silent.Id}/status", agency, new { status = "accepted" }), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, $"/api/agency/applications/{notified.Id}/status", agency,
            new { status = "rejected", comment = "添付書類が不足しています" }), 200);

        var mail = await StatusMailAsync(email, TimeSpan.FromSeconds(60));
        var text = mail.GetProperty("text").GetString()!;
        Assert.Equal("【マイナポータル】申請の状況が「却下」になりました", mail.GetProperty("subject").GetString());
        Assert.Contains($"受付番号: {notified.Id}", text, StringComparison.Ordinal);
        Assert.Contains("手続: 児童手当の認定請求", text, StringComparison.Ordinal);
        Assert.Contains("マイナポータルで詳細を確認してください", text, StringComparison.Ordinal);
        // Neither the agency's comment nor any answer goes by mail.
        Assert.DoesNotContain("添付書類が不足しています", text, StringComparison.Ordinal);
        Assert.DoesNotContain("山田", text, StringComparison.Ordinal);
        // Both events handled to the end (this host's own events queue empty), then every mail they queued sent (the
        // outbox empty): only then does the silent one's missing mail mean it sent none.
        var storage = fixture.Services.GetRequiredService<StorageAccount>();
        await QueueDrain.UntilEmptyAsync(storage.Queue(fixture.Services.GetRequiredService<ApplicationEventPublisher>().QueueName), TimeSpan.FromSeconds(60));
        await QueueDrain.UntilEmptyAsync(storage.Queue(fixture.Services.GetRequiredService<EmailOutbox>().QueueName), TimeSpan.FromSeconds(60));
        Assert.Single(await StatusMailsToAsync(email));
    }

    /// <summary>One inbox: the change is also a personal 手続 notice from the receiving body, never another resident's.</summary>
    [Fact]
    public async Task AStatusChangeArrivesInTheResidentsNoticesFromTheReceivingBody()
    {
        var (resident, token, _) = await Api.RegisteredAsync();
        var (other, otherToken, _) = await Api.RegisteredAsync();
        var application = await fixture.SubmitAsync(resident);
        var agency = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, $"/api/agency/applications/{application.Id}/status", agency,
            new { status = "accepted", comment = "受け付けました" }), 200);

        var notice = await StatusNoticeAsync(token, TimeSpan.FromSeconds(60));
        Assert.Equal("申請の状況が「受付」になりました", notice.GetProperty("title").GetString());
        Assert.Equal("千代田区", notice.GetProperty("senderName").GetString());
        Assert.Equal("procedures", notice.GetProperty("category").GetString());
        var detail = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{notice.GetProperty("id").GetString()}", token), 200);
        Assert.Contains(application.Id, detail.GetProperty("body").GetString()!, StringComparison.Ordinal);
        Assert.DoesNotContain("受け付けました", detail.GetProperty("body").GetString()!, StringComparison.Ordinal);
        var others = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/notices", otherToken), 200);
        Assert.Empty(others.GetProperty("items").EnumerateArray());
        Assert.NotEqual(resident, other);
    }

    private async Task<JsonElement> StatusNoticeAsync(string token, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var page = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/notices?category=procedures", token), 200);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            if (items.Count > 0)
            {
                return Assert.Single(items);
            }
            Assert.True(DateTime.UtcNow < deadline, $"No status notice in the inbox within {timeout}.");
            await Task.Delay(200);
        }
    }

    private async Task<JsonElement> StatusMailAsync(string to, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            // The registration's confirmation code went to the same address first.
            if ((await StatusMailsToAsync(to)).FirstOrDefault() is { ValueKind: JsonValueKind.Object } mail)
            {
                return mail;
            }
            Assert.True(DateTime.UtcNow < deadline, $"No status mail arrived within {timeout}.");
            await Task.Delay(200);
        }
    }

    private async Task<List<JsonElement>> StatusMailsToAsync(string to) =>
        [.. (await MailsToAsync(to)).Where(m => m.GetProperty("subject").GetString()!.StartsWith("【マイナポータル】申請の状況", StringComparison.Ordinal))];

    private async Task<List<JsonElement>> MailsToAsync(string to)
    {
        var mails = await Sink.GetFromJsonAsync<JsonElement>(new Uri(Api.Stack.Smtp.WebUrl, "api/email"));
        return [.. mails.EnumerateArray().Where(m => m.GetProperty("to").EnumerateArray().Any(r => r.GetProperty("address").GetString() == to))];
    }
}
