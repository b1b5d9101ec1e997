using Azure.Storage.Queues;
using LocalFunctions.Hosting.Queues;

namespace Bot.LocalHost;

/// <summary>
/// The queues of the bot's queue triggers (login polls, the portal's status notices) on <c>AzureWebJobsStorage</c>
/// (Azurite locally; run.sh exports it), Base64 as the Functions queue trigger expects.
/// </summary>
public sealed class BotLocalQueues(IConfiguration configuration) : ILocalQueues
{
    private readonly Lazy<QueueServiceClient> _service = new(() => new QueueServiceClient(
        configuration["AzureWebJobsStorage"] ?? throw new InvalidOperationException("AzureWebJobsStorage is not set."),
        new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }));

    public QueueClient Queue(string name) => _service.Value.GetQueueClient(name);
}
