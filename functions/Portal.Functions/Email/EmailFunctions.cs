using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Email;

namespace Portal.Functions.Email;

/// <summary>
/// Sends what <see cref="EmailOutbox"/> queued (once per idempotency key where it has one). A failure throws, so the host
/// retries and finally parks it as poison.
/// </summary>
public sealed class EmailFunctions(OnceOnlyEmails sender)
{
    [Function("SendQueuedEmail")]
    public Task SendQueuedEmail(
        [QueueTrigger("%" + EmailOutbox.QueueSetting + "%", Connection = "AzureWebJobsStorage")] EmailMessage message,
        CancellationToken cancellationToken) =>
        sender.SendAsync(message, cancellationToken);
}
