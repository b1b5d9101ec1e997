using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Attachments;

namespace Portal.Domain.Notices.Inbox;

/// <summary>
/// Deleting an account deletes its 既読 marks and the notices addressed to it alone, with their PDFs unless another
/// notice of the same agency names the same file: all are about that resident, and waiting for the storage lifecycle
/// rule would keep them for as long as a notice may live. Area and segment notices stay (they belong to everyone in the
/// area). Idempotent, as the deletion is retried whole: files go before their notice, so a retry still knows them.
/// </summary>
public sealed class NoticeInboxAccountDeletion(
    NoticeRepository notices, NoticeReadMarkRepository marks, NoticeAttachmentStore files, ILogger<NoticeInboxAccountDeletion> logger)
    : IAccountDeletionStep
{
    public async Task RunAsync(string accountId, CancellationToken cancellationToken)
    {
        var (read, personal, deletedFiles) = (0, 0, 0);
        foreach (var mark in await marks.AllOfAsync(accountId, cancellationToken))
        {
            read += await marks.DeleteAsync(accountId, mark.Id, cancellationToken) ? 1 : 0;
        }
        var own = AudienceKeys.Resident(accountId);
        foreach (var notice in await notices.InPartitionAsync(own, cancellationToken))
        {
            foreach (var attachment in notice.Attachments)
            {
                if (!await notices.NamesAttachmentElsewhereAsync(notice.AgencyClientId, attachment.Id, notice.Id, cancellationToken))
                {
                    deletedFiles += await files.DeleteAsync(notice.AgencyClientId, attachment.Id, cancellationToken) ? 1 : 0;
                }
            }
            personal += await notices.DeleteAsync(own, notice.Id, cancellationToken) ? 1 : 0;
        }
        logger.LogInformation("Deleted {ReadMarks} notice read marks, {Notices} personal notices and {Files} of their files of a deleted account",
            read, personal, deletedFiles);
    }
}
