using Microsoft.Extensions.Logging;

namespace Portal.Domain.Email;

/// <summary>
/// Sends a queued message, once per idempotency key where it has one (<see cref="EmailMessage.Once"/>). The marker is
/// created before the send and removed when the send fails, so a retry sends again. A crash between the marker and the
/// relay's answer leaves the key marked: that message is then never sent. It errs towards none rather than two — a
/// notice's e-mail only points to the inbox, where the notice is anyway.
/// </summary>
public sealed class OnceOnlyEmails(IEmailSender sender, SentEmailMarkers markers, ILogger<OnceOnlyEmails> logger)
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (message.Once is not { } once)
        {
            await sender.SendAsync(message, cancellationToken);
            return;
        }
        if (!await markers.TryMarkAsync(once, message.Purpose, cancellationToken))
        {
            logger.LogInformation("E-mail for {Purpose} skipped: sent already under its key", message.Purpose);
            return;
        }
        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch
        {
            await markers.UnmarkAsync(once, CancellationToken.None);
            throw;
        }
    }
}
