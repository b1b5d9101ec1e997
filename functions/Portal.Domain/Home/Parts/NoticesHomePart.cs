using Microsoft.Extensions.Options;
using Portal.Domain.Notices.Inbox;
using Portal.Domain.Residents;

namespace Portal.Domain.Home.Parts;

/// <summary>お知らせ: the newest notices, the unread count, and a やること for each 重要 notice not opened yet.</summary>
public sealed class NoticesHomePart(NoticeInbox inbox, IOptions<HomeOptions> options) : IHomePart
{
    public string Name => "notices";

    public async Task<HomeContribution> ReadAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var summary = await inbox.SummaryAsync(resident, options.Value.LatestNotices, cancellationToken);
        return new HomeContribution
        {
            LatestNotices = summary.Latest,
            UnreadNotices = summary.Unread,
            Todo = [.. summary.ImportantUnread.Select(n => new HomeTodo(HomeTodoKinds.ImportantNotice, n.Id, null, n.Title, null, n.PublishAt))],
        };
    }
}
