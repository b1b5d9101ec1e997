using Bot.Core.Channels;
using Bot.Core.Messages;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Applications.Events;

namespace Bot.Core.Applications;

/// <summary>
/// Tells a resident of a status change on the channel they last used. The submission itself is not told (the resident
/// was there, and got the receipt number); a resident who never used the bot is not told here. Logs carry the channel
/// and the outcome only. A failing send throws, so the queue tries again.
/// </summary>
public sealed class StatusNoticeService(
    ResidentChannelStore channels, ProactiveMessenger messenger, ILogger<StatusNoticeService> logger)
{
    public async Task NotifyAsync(ApplicationStatusNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.From is null)
        {
            logger.LogInformation("Status notice: a submission, not told");
            return;
        }
        if (await channels.FindAsync(notice.ResidentId, cancellationToken) is not { } user)
        {
            logger.LogInformation("Status notice: no channel, dropped");
            return;
        }
        if (await messenger.SendAsync(user, [StatusTexts.Notice(notice)], cancellationToken))
        {
            logger.LogInformation("Status notice: sent on {Channel}", user.Channel);
        }
    }
}
