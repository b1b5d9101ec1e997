using System.Text.Json;
using Azure.Identity;
using Azure.Storage.Queues;
using Bot.Core.Login;
using Microsoft.Extensions.Configuration;

namespace Bot.Functions.Login;

/// <summary>
/// Login polls on the storage queue named by the app setting <c>BotLoginQueue</c> (default "bot-login-polls"), in
/// <c>AzureWebJobsStorage</c> (a connection string locally, <c>AzureWebJobsStorage__queueServiceUri</c> with the managed
/// identity in Azure). Base64, as the queue trigger expects; the delay is the message's initial invisibility.
/// </summary>
public sealed class LoginPollQueue(IConfiguration configuration) : ILoginPollQueue
{
    private readonly Lazy<QueueClient> _queue = new(() => Connect(configuration));
    private volatile bool _created;

    public async Task EnqueueAsync(LoginPoll poll, TimeSpan delay, CancellationToken cancellationToken)
    {
        var queue = _queue.Value;
        if (!_created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        await queue.SendMessageAsync(JsonSerializer.Serialize(poll, JsonSerializerOptions.Web), delay, cancellationToken: cancellationToken);
    }

    private static QueueClient Connect(IConfiguration configuration)
    {
        var name = configuration[ILoginPollQueue.QueueSetting] is { Length: > 0 } setting ? setting : ILoginPollQueue.DefaultQueue;
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (configuration["AzureWebJobsStorage"] is { Length: > 0 } connection)
        {
            return new QueueServiceClient(connection, options).GetQueueClient(name);
        }
        var uri = configuration["AzureWebJobsStorage:queueServiceUri"] ?? configuration["AzureWebJobsStorage__queueServiceUri"]
            ?? throw new InvalidOperationException("AzureWebJobsStorage is not configured.");
        return new QueueServiceClient(new Uri(uri), new DefaultAzureCredential(), options).GetQueueClient(name);
    }
}
