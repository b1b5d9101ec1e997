using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Email;
using Portal.Domain.Errors;

namespace Portal.Domain.Drafts;

/// <summary>
/// The expiry sweep the timer runs: a reminder e-mail once, <see cref="DraftOptions.ReminderBefore"/> before a draft
/// expires; at <see cref="Draft.ExpiresAt"/>, its files and then the draft are deleted together. Doing it here rather
/// than by Cosmos TTL keeps the blobs from being orphaned and makes the deletion visible.
/// </summary>
public sealed class DraftExpiry(
    DraftRepository repository,
    AttachmentStore attachments,
    AccountRepository accounts,
    EmailOutbox outbox,
    IOptions<DraftOptions> options,
    TimeProvider clock,
    ILogger<DraftExpiry> logger)
{
    public const string ReminderPurpose = "draft-expiry-reminder";

    private static readonly TimeZoneInfo Japan = TimeZoneInfo.CreateCustomTimeZone("JST", TimeSpan.FromHours(9), "JST", "JST");

    public async Task<DraftExpiryResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        int reminders = 0, deleted = 0, files = 0;
        foreach (var draft in await repository.AllAsync(cancellationToken))
        {
            try
            {
                if (draft.ExpiresAt <= now)
                {
                    files += await attachments.DeleteAllAsync(draft.ResidentId, draft.Id, cancellationToken);
                    if (await repository.DeleteAsync(draft.ResidentId, draft.Id, null, cancellationToken))
                    {
                        deleted++;
                    }
                }
                else if (draft.ReminderSentAt is null && draft.ExpiresAt - options.Value.ReminderBefore <= now
                    && await RemindAsync(draft, now, cancellationToken))
                {
                    reminders++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One draft's failure must not stop the sweep; the next run tries again.
                logger.LogWarning(e, "Draft expiry failed for draft {DraftId}", draft.Id);
            }
        }
        logger.LogInformation("Draft expiry: {Reminders} reminders, {Deleted} drafts and {Files} files deleted", reminders, deleted, files);
        return new DraftExpiryResult(reminders, deleted, files);
    }

    /// <summary>Marks the reminder sent first (with the ETag), so a concurrent sweep or a retry never sends it twice.</summary>
    private async Task<bool> RemindAsync(Draft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await repository.ReadAsync(draft.ResidentId, draft.Id, cancellationToken);
        if (stored is null || stored.Document.ReminderSentAt is not null)
        {
            return false;
        }
        try
        {
            await repository.ReplaceAsync(stored.Document with { ReminderSentAt = now }, stored.ETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // The resident changed it just now (which also resets the expiry), or another sweep got there first.
            return false;
        }
        var account = (await accounts.FindAsync(draft.ResidentId, cancellationToken))?.Document;
        if (account?.Email is not { } email)
        {
            return false;
        }
        await outbox.EnqueueAsync(new EmailMessage(email, "【マイナポータル】一時保存した申請の保存期限が近づいています", Body(stored.Document), ReminderPurpose),
            cancellationToken);
        return true;
    }

    private static string Body(Draft draft)
    {
        var expires = TimeZoneInfo.ConvertTime(draft.ExpiresAt, Japan).ToString("yyyy年M月d日 H時mm分", CultureInfo.InvariantCulture);
        return $"""
            マイナポータルをご利用いただきありがとうございます。

            一時保存している申請の入力内容は、{expires}に削除されます。
            続けて申請される場合は、それまでにマイナポータルにログインし、「やること」から入力を再開してください。
            入力を再開すると、保存期限は延長されます。

            削除された入力内容と添付ファイルは元に戻せません。

            ※このメールは送信専用です。返信はできません。
            ※お心当たりのない場合は、このメールを破棄してください。

            マイナポータル
            """;
    }
}
