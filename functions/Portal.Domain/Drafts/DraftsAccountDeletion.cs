using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Drafts.Attachments;

namespace Portal.Domain.Drafts;

/// <summary>
/// Deleting an account deletes its drafts (一時保存) and their files: what the resident typed and uploaded is theirs
/// to remove, not left until the expiry timer finds it. Files first, as everywhere: a failure leaves a draft to delete
/// again (the deletion is retried as a whole), never a blob without its draft.
/// </summary>
public sealed class DraftsAccountDeletion(DraftRepository repository, AttachmentStore attachments, ILogger<DraftsAccountDeletion> logger)
    : IAccountDeletionStep
{
    public async Task RunAsync(string accountId, CancellationToken cancellationToken)
    {
        var (drafts, files) = (0, 0);
        foreach (var draft in await repository.ListAsync(accountId, cancellationToken))
        {
            files += await attachments.DeleteAllAsync(accountId, draft.Id, cancellationToken);
            drafts += await repository.DeleteAsync(accountId, draft.Id, null, cancellationToken) ? 1 : 0;
        }
        logger.LogInformation("Deleted {Drafts} drafts and {Files} files of a deleted account", drafts, files);
    }
}
