using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Email;

namespace Portal.Functions.Email;

/// <summary>
/// Sends what <see cref="EmailOutbox"/> queued (once per idempotency key where it has one). A failure throws, so the host
/// retries and finally parks it as poison, where the second function records that the outbox gave up on it.
/// </summary>
public sealed class EmailFunctions(OnceOnlyEmails sender, UndeliverableEmails undeliverable)
{
    [Function("SendQueuedEmail")]
    public Task SendQueuedEmail(
        [QueueTrigger("%" + EmailOutbox.QueueSetting + "%", Connection = "AzureWebJobsStorage")] EmailMessage message,
        CancellationToken cancellationToken) =>
        sender.SendAsync(message, cancellationToken);

    /// <summary>The host's poison queue for the outbox (<c>{queue}-poison</c>, as Azure and the local host name it).</summary>
    [Function("RecordUndeliverableEmail")]
    public Task RecordUndeliverableEmail(
        [QueueTrigger("%" + EmailOutbox.QueueSetting + "%-poison", Connection = "AzureWebJobsStorage")] EmailMessage message,
        CancellationToken cancellationToken) =>
        undeliverable.RecordAsync(message, cancellationToken);
}
