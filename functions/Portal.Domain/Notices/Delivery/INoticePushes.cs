namespace Portal.Domain.Notices.Delivery;

/// <summary>Where a page of a notice's recipients goes to be pushed: the chatbot's queue (LINE, Teams, web chat).</summary>
public interface INoticePushes
{
    /// <param name="pageId">Stable for this page of this notice: a retried page carries the same id.</param>
    Task SendAsync(Notice notice, string pageId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken);
}
