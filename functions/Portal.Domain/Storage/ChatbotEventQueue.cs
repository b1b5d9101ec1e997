using Microsoft.Extensions.Configuration;

namespace Portal.Domain.Storage;

/// <summary>
/// The chatbot's queue of portal events (application status notices, new logins): named by the app setting
/// <see cref="QueueSetting"/>, in the storage account of the connection setting <see cref="StorageSetting"/> or, without
/// it, the portal's own. The bot tells the events apart by their shape (a <c>kind</c> where there is one).
/// </summary>
public sealed class ChatbotEventQueue(StorageAccount storage, string queueName)
{
    /// <summary>The app setting naming the chatbot's queue; without it the portal tells no chatbot.</summary>
    public const string QueueSetting = "BotEventsQueue";

    /// <summary>The app setting naming the chatbot's storage connection, when it is not the portal's own.</summary>
    public const string StorageSetting = "BotEventsStorage";

    private readonly JsonQueue _queue = new(storage, queueName);

    public string QueueName => queueName;

    /// <summary>The queue the settings name; null when they name none.</summary>
    public static ChatbotEventQueue? FromConfiguration(IConfiguration configuration, StorageAccount portalStorage) =>
        configuration[QueueSetting] is { Length: > 0 } queue
            ? new ChatbotEventQueue(configuration.GetSection(StorageSetting).Exists()
                ? StorageAccount.FromConfiguration(configuration, StorageSetting)
                : portalStorage, queue)
            : null;

    public Task SendAsync<T>(T message, CancellationToken cancellationToken) => _queue.SendAsync(message, cancellationToken);
}
