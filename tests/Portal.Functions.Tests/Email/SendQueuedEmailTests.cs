using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Email;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Notices.Delivery;
using Portal.Testing;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.Email;

/// <summary>The outbox's sender: a message queued twice under one idempotency key reaches the SMTP sink once; without a key, as queued.</summary>
public sealed class SendQueuedEmailTests(NoticeDeliveryFixture fixture) : IClassFixture<NoticeDeliveryFixture>
{
    public static TheoryData<string, bool, int> Cases => new()
    {
        { "the same notice for the same account", true, 1 },
        { "a message without a key", false, 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AMessageQueuedTwiceIsSentOnceUnderAKeyAndTwiceWithout(string what, bool keyed, int expected)
    {
        var to = AccountsApi.NewEmail();
        var outbox = fixture.Api.Host.Services.GetRequiredService<EmailOutbox>();
        var message = new EmailMessage(to, "【マイナポータル】お知らせがあります", what, "notice",
            keyed ? new EmailOnce("ntc-" + Guid.NewGuid().ToString("N")[..16], Guid.NewGuid().ToString("N")) : null);

        await outbox.EnqueueAsync(message, CancellationToken.None);
        await outbox.EnqueueAsync(message, CancellationToken.None);

        await MailSink.WaitForAsync(fixture.Api.Stack, to, TimeSpan.FromSeconds(60));
        await QueueDrain.UntilEmptyAsync(fixture.Api.Host.Services.GetRequiredService<StorageAccount>().Queue(outbox.QueueName), TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(expected, await MailSink.CountToAsync(fixture.Api.Stack, to));
    }
}
