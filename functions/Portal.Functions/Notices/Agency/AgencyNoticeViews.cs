using Portal.Contracts.Notices.Agency;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Figures;

namespace Portal.Functions.Notices.Agency;

/// <summary>
/// Stored notices as the sending agency sees them, with the state at the time of the answer. A personal notice shows
/// the agency's residentRef, never the account it stands for.
/// </summary>
public static class AgencyNoticeViews
{
    public static AgencyNoticeView View(Notice notice, DateTimeOffset now) => new(
        notice.Id, notice.StateAt(now), notice.Title, notice.Body, notice.Category, notice.Importance, notice.PublishAt,
        notice.ExpiresAt, notice.WithdrawnAt, notice.SenderName,
        new AgencyNoticeAudienceView(notice.Audience.Kind, notice.Audience.LocalGovernmentCode, notice.Audience.MinAge,
            notice.Audience.MaxAge, notice.Audience.InterestedOnly, notice.Audience.ResidentRef),
        notice.CreatedAt, notice.UpdatedAt, [.. notice.Attachments.Select(a => new AgencyNoticeAttachmentView(a.Id, a.Name, a.Size))]);

    /// <summary>With its delivery figures (GET, the list, PATCH, DELETE: what was pushed cannot be recalled).</summary>
    public static AgencyNoticeView View(Notice notice, DateTimeOffset now, NoticeFigures figures) => View(notice, now) with
    {
        Delivery = new NoticeDeliveryFiguresView(figures.Recipients, figures.Reached, figures.WithoutCardProfile, figures.Pending,
            figures.Pushed, new NoticeChatFiguresView(figures.ChatQueued, figures.Line, figures.Teams, figures.WebChat, figures.ChatFailed),
            new NoticeEmailFiguresView(figures.EmailQueued, figures.EmailSent, figures.EmailFailed), figures.Read),
    };
}
