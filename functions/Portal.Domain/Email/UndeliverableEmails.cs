using Microsoft.Extensions.Logging;

namespace Portal.Domain.Email;

/// <summary>
/// What the outbox gave up on (its message parked as poison after the last retry): recorded once per idempotency key
/// (<see cref="EmailMessage.Once"/>), so a notice's figures count each resident's failed e-mail once however often the
/// poison message comes. A key another copy of the message was sent under is no failure. Messages without a key are
/// only logged: nothing counts them.
/// </summary>
public sealed class UndeliverableEmails(SentEmailMarkers markers, ILogger<UndeliverableEmails> logger)
{
    public async Task RecordAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        logger.LogWarning("E-mail for {Purpose} not delivered: the outbox gave up after its retries", message.Purpose);
        if (message.Once is { } once && !await markers.IsMarkedAsync(once, cancellationToken))
        {
            await markers.TryMarkUndeliverableAsync(once, message.Purpose, cancellationToken);
        }
    }
}
