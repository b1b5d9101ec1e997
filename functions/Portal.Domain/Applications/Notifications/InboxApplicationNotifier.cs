using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Status;
using Portal.Domain.Errors;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Procedures.Serving;

namespace Portal.Domain.Applications.Notifications;

/// <summary>
/// A status change also arrives in the resident's お知らせ (one inbox, not two): a personal notice of category 手続 from
/// the receiving body, in the resident's own partition. Its id is derived from the change, so a retried event finds
/// it made. It is born with its fan-out done: the chatbot and e-mail tell status changes through their own notifiers.
/// </summary>
public sealed class InboxApplicationNotifier(NoticeRepository notices, CatalogHost catalog, TimeProvider clock) : IApplicationNotifier
{
    /// <summary>How long the notice stays in the inbox; the application's own status page keeps the history.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public string Name => "inbox";

    public async Task NotifyAsync(ApplicationStatusChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = clock.GetUtcNow();
        var procedure = catalog.Current?.TemplatesById.GetValueOrDefault(change.ProcedureId)?.Name ?? change.ProcedureId;
        var receiver = catalog.LocalGovernments.Find(change.LocalGovernmentCode);
        var label = ApplicationStatusLabels.Of(change.To);
        try
        {
            await notices.CreateAsync(new Notice
            {
                Id = IdOf(change),
                AudienceKey = AudienceKeys.Resident(change.ResidentId),
                AgencyClientId = "portal",
                SenderName = receiver?.Name ?? "マイナポータル",
                SenderLocalGovernmentCode = receiver?.Code,
                Audience = new NoticeAudience(NoticeAudienceKinds.Resident, ResidentAccountId: change.ResidentId),
                Title = $"申請の状況が「{label}」になりました",
                Body = $"{procedure}（受付番号 {change.ReceiptNumber}）の状況が「{label}」になりました。\n\n詳しくは申請状況でご確認ください。",
                Category = NoticeCategories.Procedures,
                Importance = NoticeImportance.Normal,
                PublishAt = change.At,
                ExpiresAt = change.At + Lifetime,
                FanOutStartedAt = now,
                CreatedAt = now,
                UpdatedAt = now,
                IdempotencyKeyHash = IdOf(change),
                Ttl = (int)(Lifetime + TimeSpan.FromDays(7)).TotalSeconds,
            }, cancellationToken);
        }
        catch (DuplicateDocumentException)
        {
            // The same change again (a retried event): its notice is already in the inbox.
        }
    }

    /// <summary>One notice per change of one application: the receipt number, the new status and when.</summary>
    private static string IdOf(ApplicationStatusChanged change) =>
        "ntc-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{change.ReceiptNumber}\n{change.Revision}\n{change.To}\n{change.At.ToUnixTimeMilliseconds()}")).AsSpan(0, 12));
}
