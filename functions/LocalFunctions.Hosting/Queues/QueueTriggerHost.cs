using System.Reflection;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using LocalFunctions.Hosting.Functions;

namespace LocalFunctions.Hosting.Queues;

/// <summary>
/// Feeds queue-triggered functions from Azurite as the Functions host does: Base64 bodies, one invocation per
/// message, an immediate retry on failure, and after <see cref="MaxDequeueCount"/> attempts the message moves to
/// <c>&lt;queue&gt;-poison</c>.
/// </summary>
public sealed class QueueTriggerHost(
    FunctionCatalog catalog, IServiceProvider services, IServiceScopeFactory scopes, IConfiguration configuration,
    ILogger<QueueTriggerHost> logger) : BackgroundService
{
    public const int MaxDequeueCount = 5;

    /// <summary>Suffix of the queue where messages that cannot be processed are parked, as the Functions host names it.</summary>
    public const string PoisonSuffix = "-poison";

    private const int BatchSize = 16;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxIdleDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (catalog.Queues.Count == 0)
        {
            return Task.CompletedTask;
        }
        // Resolved only here: an app without queue triggers need not register any queues.
        var queues = services.GetRequiredService<ILocalQueues>();
        return Task.WhenAll(catalog.Queues.Select(function => ListenAsync(queues, function, stoppingToken)));
    }

    private async Task ListenAsync(ILocalQueues storage, QueueFunction function, CancellationToken stoppingToken)
    {
        var name = Settings.Resolve(configuration, function.QueueName);
        var queue = storage.Queue(name);
        var poison = storage.Queue(name + PoisonSuffix);
        var idle = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                // Not cancelled by stopping: a receive cut off after Azurite leased the messages would hide them for the
                // whole lease. It always completes (bounded), and messages taken while stopping are handed back below.
                QueueMessage[] messages;
                using (var receive = new CancellationTokenSource(ReceiveTimeout))
                {
                    messages = await queue.ReceiveMessagesAsync(BatchSize, Lease, receive.Token);
                }
                for (var i = 0; i < messages.Length; i++)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        await ReleaseAsync(queue, messages[i..]);
                        return;
                    }
                    await ProcessAsync(function, queue, poison, messages[i], stoppingToken);
                }
                idle = messages.Length > 0 ? TimeSpan.FromMilliseconds(50) : Min(idle * 2, MaxIdleDelay);
                if (messages.Length == 0)
                {
                    await Task.Delay(idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // One queue's trouble must not stop the host or the other listeners: log, wait, try again.
                if (QueueFailures.IsUnavailable(e))
                {
                    logger.LogWarning("Queue {Queue} is unreachable; retrying", name);
                }
                else
                {
                    logger.LogError(e, "Listening on queue {Queue} failed; retrying", name);
                }
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task ProcessAsync(
        QueueFunction function, QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await FunctionInvoker.InvokeAsync(scope.ServiceProvider, function.Method,
                p => Bind(p, function, message, stoppingToken));
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping mid-invocation: hand the message back now rather than leave it leased for the whole lease.
            await ReleaseAsync(queue, [message]);
        }
        catch (Exception e)
        {
            if (message.DequeueCount >= MaxDequeueCount)
            {
                await poison.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                await poison.SendMessageAsync(message.Body, cancellationToken: stoppingToken);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
                logger.LogError(e, "Function {Function} failed {Count} times; message {MessageId} moved to {Poison}",
                    function.Name, message.DequeueCount, message.MessageId, poison.Name);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero,
                    cancellationToken: stoppingToken);
                logger.LogWarning(e, "Function {Function} failed on attempt {Count}; message {MessageId} will be retried",
                    function.Name, message.DequeueCount, message.MessageId);
            }
        }
    }

    /// <summary>Makes messages this host will not process visible again at once, for another instance to take.</summary>
    private async Task ReleaseAsync(QueueClient queue, IEnumerable<QueueMessage> messages)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        foreach (var message in messages)
        {
            try
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero,
                    cancellationToken: timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException || QueueFailures.IsUnavailable(e))
            {
                logger.LogWarning("Could not hand message {MessageId} back to {Queue}; it reappears after its lease", message.MessageId, queue.Name);
            }
        }
    }

    private static object? Bind(ParameterInfo parameter, QueueFunction function, QueueMessage message, CancellationToken stoppingToken)
    {
        if (parameter.Position == function.Trigger.Position)
        {
            var type = parameter.ParameterType;
            return type == typeof(string) ? message.Body.ToString()
                : type == typeof(BinaryData) ? message.Body
                : type == typeof(byte[]) ? message.Body.ToArray()
                : type == typeof(QueueMessage) ? message
                : JsonSerializer.Deserialize(message.Body.ToMemory().Span, type, JsonSerializerOptions.Web);
        }
        return parameter.ParameterType == typeof(CancellationToken) ? stoppingToken
            : parameter.HasDefaultValue ? parameter.DefaultValue : null;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
