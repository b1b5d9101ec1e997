using System.Text.Json;

namespace Portal.Domain.Storage;

/// <summary>
/// A storage queue whose messages are JSON (web casing, as the queue triggers read them), created on the first send.
/// The portal's queues (application events, the notice fan-out, the e-mail outbox, the chatbot's events) are each one.
/// </summary>
public sealed class JsonQueue(StorageAccount storage, string name)
{
    private volatile bool _created;

    public string Name => name;

    /// <param name="delay">How long the message stays invisible (e.g. a notice page held by quiet hours); at most 7 days.</param>
    public async Task SendAsync<T>(T message, CancellationToken cancellationToken, TimeSpan? delay = null)
    {
        var queue = storage.Queue(name);
        if (!_created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, JsonSerializerOptions.Web), delay, null, cancellationToken);
    }
}
