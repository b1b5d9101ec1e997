namespace Portal.Domain.Notices.Inbox;

/// <summary>
/// Walks a resident's live notices newest first (one query over their inbox's partitions, a store page at a time),
/// keeps those visible to them that the filter admits, and stops at <c>want</c> items or after looking at
/// <c>maxLooked</c> notices, so a call's cost is bounded however much is filtered out. Read marks are read once per
/// store page, for that page's ids.
/// </summary>
public sealed class InboxScanner(NoticeRepository notices, NoticeReadMarkRepository marks)
{
    private const int MinStorePageSize = 50;

    public async Task<InboxScan> ScanAsync(
        InboxResident resident, InboxFilter filter, InboxPosition? from, int want, int maxLooked, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var query = new LiveNoticeQuery(resident.AudienceKeys, now, filter.Category, from?.PublishAt);
        var (items, position, looked) = (new List<InboxItem>(), from, 0);
        string? storeContinuation = null;
        // A store page of what is wanted plus a quarter for those filtered out (read, another category): an unread
        // count (100 wanted) is one round trip instead of three pages of 50, and a round trip is most of its time.
        var storePageSize = Math.Clamp(want + want / 4, MinStorePageSize, Math.Max(MinStorePageSize, maxLooked));
        do
        {
            var page = await notices.LiveAsync(query, storePageSize, storeContinuation, cancellationToken);
            storeContinuation = page.ContinuationToken;
            var batch = await VisibleAsync(page.Items.Where(n => from is null || !from.Passed(n)).ToList(), resident, now, cancellationToken);
            foreach (var (notice, item) in batch)
            {
                if (items.Count == want || looked == maxLooked)
                {
                    return new InboxScan(items, position);
                }
                (position, looked) = (InboxPosition.After(position, notice), looked + 1);
                if (item is not null && filter.Admits(item))
                {
                    items.Add(item);
                }
            }
        }
        while (storeContinuation is not null);
        return new InboxScan(items, null);
    }

    /// <summary>Each notice in order, with its inbox item when the resident may see it (null when not).</summary>
    private async Task<List<(Notice Notice, InboxItem? Item)>> VisibleAsync(
        List<Notice> page, InboxResident resident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var visible = page.Where(n => NoticeVisibility.IsVisible(n, resident, now)).Select(n => n.Id).ToList();
        var read = await marks.ReadAmongAsync(resident.AccountId, visible, cancellationToken);
        return [.. page.Select(n => (n, visible.Contains(n.Id) ? new InboxItem(n, read.Contains(n.Id)) : null))];
    }
}
