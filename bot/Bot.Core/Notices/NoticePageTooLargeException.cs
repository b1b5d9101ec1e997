using Portal.Contracts.Notices.Events;

namespace Bot.Core.Notices;

/// <summary>A page over <see cref="NoticePushPage.MaxAccounts"/>: the portal broke the contract; nothing was pushed.</summary>
public sealed class NoticePageTooLargeException(string pageId, int accounts)
    : Exception($"Notice push page {pageId} holds {accounts} accounts; at most {NoticePushPage.MaxAccounts} are allowed.")
{
    public string PageId { get; } = pageId;
}
