using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Inbox;
using Portal.Domain.Notices.Preferences;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// Who of a page gets what now: the accounts to push (chat chosen for the notice's category), the recipients to
/// e-mail (e-mail chosen and an address), and those in their quiet hours, grouped by when those end. Residents with
/// neither channel are only in the inbox. Decided by the inbox's own rule, so nothing announces what it would not show.
/// </summary>
public sealed record NoticeDeliveryPlan(
    IReadOnlyList<string> Chat, IReadOnlyList<NoticeRecipient> Email, IReadOnlyDictionary<DateTimeOffset, List<string>> Held, int Reached)
{
    /// <param name="saved">Saved preferences by account; the others get the defaults of their メール通知 choice.</param>
    /// <param name="holdInQuietHours">False for a page that was held already: it goes out now, whatever the hour.</param>
    public static NoticeDeliveryPlan Make(Notice notice, IEnumerable<NoticeRecipient> candidates,
        IReadOnlyDictionary<string, NotificationPreferences> saved, DateTimeOffset now, bool holdInQuietHours)
    {
        var (chat, email, held, reached) = (new List<string>(), new List<NoticeRecipient>(), new Dictionary<DateTimeOffset, List<string>>(), 0);
        foreach (var recipient in candidates)
        {
            var preferences = saved.GetValueOrDefault(recipient.AccountId)
                ?? NotificationPreferences.Defaults(recipient.AccountId, recipient.NotificationsEnabled);
            if (!Reaches(notice, recipient, preferences, now))
            {
                continue;
            }
            reached++;
            var byChat = preferences.Sends(notice.Category, NotificationChannels.Chat);
            var byEmail = preferences.Sends(notice.Category, NotificationChannels.Email) && recipient.Email is { Length: > 0 };
            if (!byChat && !byEmail)
            {
                continue;
            }
            if (holdInQuietHours && !IgnoresQuietHours(notice) && preferences.QuietHours is { } quiet && quiet.Contains(now))
            {
                var until = quiet.EndAfter(now);
                (held.TryGetValue(until, out var ids) ? ids : held[until] = []).Add(recipient.AccountId);
                continue;
            }
            if (byChat)
            {
                chat.Add(recipient.AccountId);
            }
            if (byEmail)
            {
                email.Add(recipient);
            }
        }
        return new NoticeDeliveryPlan(chat, email, held, reached);
    }

    /// <summary>An important 防災 notice (an evacuation order, say) cannot wait for the morning.</summary>
    public static bool IgnoresQuietHours(Notice notice) =>
        notice.Category == NoticeCategories.Disaster && notice.Importance == NoticeImportance.Important;

    private static bool Reaches(Notice notice, NoticeRecipient recipient, NotificationPreferences preferences, DateTimeOffset now) =>
        NoticeVisibility.IsVisible(notice, new InboxResident(recipient.AccountId, new AreaChain(null, [notice.AudienceKey]),
            recipient.DateOfBirth, preferences.Interests.ToHashSet(StringComparer.Ordinal)), now);
}
