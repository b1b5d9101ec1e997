using Portal.Contracts.Notices.Events;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Delivery;

/// <summary>Pages of a notice's recipients to the chatbot's queue, which pushes them on LINE, Teams and the web chat.</summary>
public sealed class ChatbotNoticePushes(ChatbotEventQueue queue, TimeProvider clock) : INoticePushes
{
    public Task SendAsync(Notice notice, string pageId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken) =>
        queue.SendAsync(new NoticePushPage(pageId, notice.Id, notice.SenderName, notice.Category,
            notice.Importance == NoticeImportance.Important, accountIds, clock.GetUtcNow()), cancellationToken);
}
