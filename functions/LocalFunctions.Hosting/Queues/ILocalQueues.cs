using Azure.Storage.Queues;

namespace LocalFunctions.Hosting.Queues;

/// <summary>
/// The queues the app's queue triggers listen on (Azurite locally). Clients must use Base64 message encoding, as the
/// Functions queue trigger does. Only needed by an app that has queue-triggered functions.
/// </summary>
public interface ILocalQueues
{
    QueueClient Queue(string name);
}
