using Bot.Core.Messages;
using Portal.Contracts.Notices.Events;

namespace Bot.Core.Notices;

/// <summary>Every linked chat gets the push: there are no quiet hours or channel preferences to honour yet.</summary>
public sealed class AllowAllNoticeRecipients : INoticeRecipientFilter
{
    public ValueTask<bool> AllowsAsync(NoticePushPage page, string accountId, ChannelUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(true);
}
