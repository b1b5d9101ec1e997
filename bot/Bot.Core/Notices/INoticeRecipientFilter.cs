using Bot.Core.Messages;
using Portal.Contracts.Notices.Events;

namespace Bot.Core.Notices;

/// <summary>
/// Decides, per chat, whether a notice is pushed there now: the place for quiet hours (an important 防災 notice goes
/// through, a normal one waits) and per-channel preferences once the portal has them. The default lets every push pass.
/// </summary>
public interface INoticeRecipientFilter
{
    ValueTask<bool> AllowsAsync(NoticePushPage page, string accountId, ChannelUser user, CancellationToken cancellationToken);
}
