using Portal.Contracts.Notices.Inbox;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Attachments;
using Portal.Domain.Notices.Inbox;

namespace Portal.Functions.Notices.Inbox;

internal static class NoticeInboxViews
{
    public static NoticeSummary Summary(InboxItem item) => new(item.Notice.Id, item.Notice.Title, item.Notice.SenderName,
        item.Notice.Category, Label(item.Notice.Category), item.Notice.Importance, item.Notice.PublishAt, item.Read);

    public static NoticeDetail Detail(InboxItem item, IReadOnlyList<NoticeAttachmentLink> links) => new(item.Notice.Id, item.Notice.Title,
        item.Notice.Body, item.Notice.SenderName, item.Notice.Category, Label(item.Notice.Category), item.Notice.Importance,
        item.Notice.PublishAt, item.Notice.ExpiresAt, item.Read,
        [.. links.Select(l => new NoticeAttachmentView(l.Attachment.Name, l.Attachment.Size, l.Url, l.ExpiresAt))]);

    public static UnreadNoticeCountView Count(UnreadNoticeCount count) => new(count.Unread, count.More);

    private static string Label(string category) => NoticeCategories.Labels.GetValueOrDefault(category, NoticeCategories.Labels[NoticeCategories.Other]);
}
