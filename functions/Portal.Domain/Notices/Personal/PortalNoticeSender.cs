using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Accounts;
using Portal.Domain.Email;
using Portal.Domain.Errors;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Preferences;

namespace Portal.Domain.Notices.Personal;

/// <summary>
/// A notice from the portal itself to one resident about their own account (a proxy registered, the 公金受取口座
/// changed): personal, in their お知らせ, category その他, so someone who got hold of the account cannot change it
/// unseen; and e-mail when their 通知設定 send その他 by mail. Its id comes from what the caller says makes it one, so
/// telling twice (a retried request) makes one notice and one mail.
/// </summary>
public sealed class PortalNoticeSender(
    NoticeRepository notices, AccountRepository accounts, NotificationPreferencesRepository preferences, EmailOutbox outbox,
    TimeProvider clock)
{
    /// <summary>About the account itself, not an agency's procedure: その他.</summary>
    public const string Category = NoticeCategories.Other;

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <param name="idSeed">What makes this notice one (e.g. the delegation and the event); never personal data.</param>
    /// <param name="mailKind">The e-mail's kind, for the outbox's log.</param>
    public async Task TellAsync(string residentId, string idSeed, string title, string body, string mailKind, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = IdOf(idSeed);
        try
        {
            await notices.CreateAsync(new Notice
            {
                Id = id,
                AudienceKey = AudienceKeys.Resident(residentId),
                AgencyClientId = "portal",
                SenderName = "マイナポータル",
                Audience = new NoticeAudience(NoticeAudienceKinds.Resident, ResidentAccountId: residentId),
                Title = title,
                Body = body,
                Category = Category,
                Importance = NoticeImportance.Normal,
                PublishAt = now,
                ExpiresAt = now + Lifetime,
                FanOutStartedAt = now,
                CreatedAt = now,
                UpdatedAt = now,
                IdempotencyKeyHash = id,
                Ttl = (int)(Lifetime + TimeSpan.FromDays(7)).TotalSeconds,
            }, cancellationToken);
        }
        catch (DuplicateDocumentException)
        {
            // Told before (the same event again): the notice and its mail went then.
            return;
        }
        var account = (await accounts.FindAsync(residentId, cancellationToken))?.Document;
        if (account?.Email is not { Length: > 0 } email)
        {
            return;
        }
        var chosen = (await preferences.ReadAsync(residentId, cancellationToken))?.Document
            ?? NotificationPreferences.Defaults(residentId, account.NotificationsEnabled);
        if (chosen.Sends(Category, NotificationChannels.Email))
        {
            await outbox.EnqueueAsync(new EmailMessage(email, $"【マイナポータル】{title}", body, mailKind), cancellationToken);
        }
    }

    private static string IdOf(string seed) =>
        "ntc-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)).AsSpan(0, 12));
}
