using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Notices.Inbox;
using Portal.Domain.Residents;

namespace Portal.Domain.Notices.Attachments;

/// <summary>
/// A resident's download through a link (<see cref="NoticeAttachmentLinks"/>): the link must be ours and unexpired, and
/// the notice still one the linked account sees now (live, in their inbox, the same visibility rule as the inbox), and
/// still naming the attachment. Logs name the notice and attachment ids, never the file name.
/// </summary>
public sealed class NoticeAttachmentDownloads(
    NoticeAttachmentLinks links, InboxResidents residents, NoticeRepository notices, NoticeAttachmentStore store, TimeProvider clock,
    ILogger<NoticeAttachmentDownloads> logger)
{
    /// <exception cref="NoticeAttachmentLinkInvalidException">Not ours, expired, or the notice is no longer visible.</exception>
    public async Task<NoticeAttachmentContent> OpenAsync(string? link, CancellationToken cancellationToken)
    {
        var grant = links.Open(link) ?? throw new NoticeAttachmentLinkInvalidException();
        InboxResident who;
        try
        {
            who = await residents.OfAsync(ResidentContext.Self(grant.AccountId, "notice-attachment-link"), cancellationToken);
        }
        // The account was deleted since the link was made: nobody the link was for is there any more.
        catch (AccountNotFoundException)
        {
            throw new NoticeAttachmentLinkInvalidException();
        }
        var notice = await notices.FindAsync(grant.NoticeId, [grant.AudienceKey], cancellationToken);
        var attachment = notice?.Attachments.FirstOrDefault(a => a.Id == grant.AttachmentId);
        if (notice is null || attachment is null || !NoticeVisibility.IsVisible(notice, who, clock.GetUtcNow()))
        {
            throw new NoticeAttachmentLinkInvalidException();
        }
        var content = await store.OpenReadAsync(notice.AgencyClientId, attachment.Id, cancellationToken)
            ?? throw new NoticeAttachmentLinkInvalidException();
        logger.LogInformation("Account {AccountId} downloaded attachment {AttachmentId} of notice {NoticeId}", who.AccountId, attachment.Id, notice.Id);
        return new NoticeAttachmentContent(attachment, content);
    }
}
