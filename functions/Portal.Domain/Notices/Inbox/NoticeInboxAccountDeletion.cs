using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Notices.Areas;

namespace Portal.Domain.Notices.Inbox;

/// <summary>
/// Deleting an account deletes its 既読 marks and the notices addressed to it alone: both are about that resident.
/// Area and segment notices stay (they belong to everyone in the area). Idempotent, as the deletion is retried whole.
/// </summary>
public sealed class NoticeInboxAccountDeletion(
    NoticeRepository notices, NoticeReadMarkRepository marks, ILogger<NoticeInboxAccountDeletion> logger) : IAccountDeletionStep
{
    public async Task RunAsync(string accountId, CancellationToken cancellationToken)
    {
        var (read, personal) = (0, 0);
        foreach (var mark in await marks.AllOfAsync(accountId, cancellationToken))
        {
            read += await marks.DeleteAsync(accountId, mark.Id, cancellationToken) ? 1 : 0;
        }
        var own = AudienceKeys.Resident(accountId);
        foreach (var notice in await notices.InPartitionAsync(own, cancellationToken))
        {
            personal += await notices.DeleteAsync(own, notice.Id, cancellationToken) ? 1 : 0;
        }
        logger.LogInformation("Deleted {ReadMarks} notice read marks and {Notices} personal notices of a deleted account", read, personal);
    }
}
