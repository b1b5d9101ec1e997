using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Notifications;
using Portal.Domain.Applications.Status;
using Portal.Domain.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Applications.Notifications;

/// <summary>
/// The dispatcher on a real queue (Azurite): a notifier that fails gets the event back for itself alone, so the
/// resident never receives twice what another notifier already sent.
/// </summary>
public sealed class ApplicationEventDispatcherTests : IAsyncLifetime
{
    private static readonly ApplicationStatusChanged Change = new("R-2026-1127-0001-7", "131016", "resident-1", "child-allowance-certification",
        ApplicationStatus.Arrived, ApplicationStatus.UnderReview, StatusActor.Agency, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), 1);

    private readonly string _queue = $"events-{Guid.NewGuid():N}";
    private StorageAccount _storage = null!;

    public async Task InitializeAsync()
    {
        var stack = await LocalStack.GetAsync();
        _storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());
        await _storage.Queue(_queue).CreateIfNotExistsAsync();
    }

    public Task DisposeAsync() => _storage.Queue(_queue).DeleteIfExistsAsync();

    [Fact]
    public async Task WhenOneNotifierFailsOnlyThatOneGetsTheEventAgain()
    {
        var email = new RecordingNotifier("email");
        var chatbot = new RecordingNotifier("chatbot") { Failures = 1 };

        await Dispatcher(email, chatbot).DispatchAsync(Change, CancellationToken.None);
        var requeued = Assert.Single(await ReceiveAllAsync());
        await Dispatcher(email, chatbot).DispatchAsync(requeued, CancellationToken.None);

        Assert.Equal("chatbot", requeued.Notifier);
        Assert.Equal(Change with { Notifier = "chatbot" }, requeued);
        Assert.Equal(1, email.Calls);
        Assert.Equal(2, chatbot.Calls);
        Assert.Empty(await ReceiveAllAsync());
    }

    [Fact]
    public async Task WhenEveryNotifierFailsTheEventIsRetriedAsItIsAndNothingIsQueued()
    {
        var email = new RecordingNotifier("email") { Failures = 1 };
        var chatbot = new RecordingNotifier("chatbot") { Failures = 1 };

        await Assert.ThrowsAsync<AggregateException>(() => Dispatcher(email, chatbot).DispatchAsync(Change, CancellationToken.None));

        Assert.Empty(await ReceiveAllAsync());
    }

    [Fact]
    public async Task AnEventAddressedToOneNotifierThatFailsAgainIsRetriedForItAlone()
    {
        var email = new RecordingNotifier("email");
        var chatbot = new RecordingNotifier("chatbot") { Failures = 1 };

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Dispatcher(email, chatbot).DispatchAsync(Change with { Notifier = "chatbot" }, CancellationToken.None));

        Assert.Equal(0, email.Calls);
        Assert.Empty(await ReceiveAllAsync());
    }

    [Fact]
    public async Task AnEventAddressedToANotifierNoLongerRegisteredIsDone()
    {
        var email = new RecordingNotifier("email");

        await Dispatcher(email).DispatchAsync(Change with { Notifier = "chatbot" }, CancellationToken.None);

        Assert.Equal(0, email.Calls);
    }

    private ApplicationEventDispatcher Dispatcher(params IApplicationNotifier[] notifiers) =>
        new(notifiers, new ApplicationEventPublisher(_storage, _queue), NullLogger<ApplicationEventDispatcher>.Instance);

    private async Task<List<ApplicationStatusChanged>> ReceiveAllAsync()
    {
        var messages = (await _storage.Queue(_queue).ReceiveMessagesAsync(maxMessages: 32)).Value;
        return [.. messages.Select(m => JsonSerializer.Deserialize<ApplicationStatusChanged>(m.Body.ToString(), JsonSerializerOptions.Web)!)];
    }

    private sealed class RecordingNotifier(string name) : IApplicationNotifier
    {
        public string Name => name;

        public int Failures { get; set; }

        public int Calls { get; private set; }

        public Task NotifyAsync(ApplicationStatusChanged change, CancellationToken cancellationToken)
        {
            Calls++;
            if (Failures-- > 0)
            {
                throw new InvalidOperationException($"{name} is down");
            }
            return Task.CompletedTask;
        }
    }
}
