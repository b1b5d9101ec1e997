using Portal.Testing.Hosting;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Email;
using Portal.Domain.Storage;
using LocalFunctions.Hosting.Queues;
using Portal.LocalHost.Tests.TestFunctions;
using Portal.Testing;
using Portal.Testing.Queues;

namespace Portal.LocalHost.Tests.Queues;

public sealed class QueueTriggerTests : IAsyncLifetime
{
    private readonly string _queue = $"flaky-{Guid.NewGuid():N}";
    private PortalFactory _host = null!;
    private StackState _stack = null!;

    public async Task InitializeAsync()
    {
        _stack = await LocalStack.GetAsync();
        _host = new PortalFactory(_stack, settings: new Dictionary<string, string?> { [FlakyQueueFunctions.QueueSetting] = _queue },
            extraFunctions: typeof(FlakyQueueFunctions));
        _ = _host.Server;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AQueuedEmailIsSentByTheQueueTriggeredFunction()
    {
        var to = Portal.Testing.Privacy.TestEmails.Unique("queued");
        var outbox = _host.Services.GetRequiredService<EmailOutbox>();

        await outbox.EnqueueAsync(new EmailMessage(to, "お知らせが届いています", "マイナポータルをご確認ください。", "test"), CancellationToken.None);

        var mail = await MailSink.WaitForAsync(_stack, to, TimeSpan.FromSeconds(20));
        Assert.Equal("お知らせが届いています", mail.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task AMessageThatKeepsFailingIsTriedFiveTimesThenParkedAsPoison()
    {
        var storage = _host.Services.GetRequiredService<StorageAccount>();
        var queue = storage.Queue(_queue);
        await queue.CreateIfNotExistsAsync();
        var body = $"fail-{Guid.NewGuid():N}";

        await queue.SendMessageAsync(body);

        var poison = storage.Queue(_queue + StorageAccount.PoisonSuffix);
        var parked = await WaitForMessageAsync(poison, TimeSpan.FromSeconds(30));
        Assert.Equal(body, parked);
        Assert.Equal(QueueTriggerHost.MaxDequeueCount, FlakyQueueFunctions.Attempts.Count(a => a == body));
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
    }

    [Fact]
    public async Task ASucceedingMessageIsHandledOnceAndRemoved()
    {
        var queue = _host.Services.GetRequiredService<StorageAccount>().Queue(_queue);
        await queue.CreateIfNotExistsAsync();
        var body = $"ok-{Guid.NewGuid():N}";

        await queue.SendMessageAsync(body);

        // Deleted from the queue (leased messages count too) only once handled: no attempt can follow.
        await QueueDrain.UntilEmptyAsync(queue, TimeSpan.FromSeconds(20));
        Assert.Equal(1, FlakyQueueFunctions.Attempts.Count(a => a == body));
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
    }

    [Fact]
    public async Task AMessageThatIsNotBase64IsParkedAndTheQueueKeepsFlowing()
    {
        var storage = _host.Services.GetRequiredService<StorageAccount>();
        var raw = new QueueClient(_stack.Storage.ConnectionString, _queue);
        await raw.CreateIfNotExistsAsync();
        var good = $"ok-{Guid.NewGuid():N}";

        await raw.SendMessageAsync("not base64: 申請");
        await storage.Queue(_queue).SendMessageAsync(good);

        var parked = await WaitForMessageAsync(storage.Queue(_queue + StorageAccount.PoisonSuffix), TimeSpan.FromSeconds(20));
        Assert.Equal("not base64: 申請", parked);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!FlakyQueueFunctions.Attempts.Contains(good) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Contains(good, FlakyQueueFunctions.Attempts);
    }

    [Fact]
    public async Task AMessageInFlightWhenTheHostStopsIsHandedBackAtOnce()
    {
        var queue = _host.Services.GetRequiredService<StorageAccount>().Queue(_queue);
        await queue.CreateIfNotExistsAsync();
        var body = $"hang-{Guid.NewGuid():N}";
        await queue.SendMessageAsync(body);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!FlakyQueueFunctions.Attempts.Contains(body) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await _host.DisposeAsync();

        Assert.Equal(body, await WaitForMessageAsync(queue, TimeSpan.FromSeconds(5)));
    }

    private static async Task<string> WaitForMessageAsync(QueueClient queue, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await queue.ExistsAsync() && (await queue.PeekMessagesAsync(1)).Value is [var message])
            {
                return message.Body.ToString();
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Nothing arrived in {queue.Name} within {timeout}.");
    }
}
