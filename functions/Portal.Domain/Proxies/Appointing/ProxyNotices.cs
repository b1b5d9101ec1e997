using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Accounts;
using Portal.Domain.Email;
using Portal.Domain.Errors;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Preferences;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// Tells the principal when a proxy is registered, cancelled or resigns: a personal notice in their お知らせ (so
/// someone who got hold of the account cannot add a proxy unseen), and e-mail when their 通知設定 send that category by
/// mail. The notice names the proxy and the services. Its id comes from the delegation and the event, so telling
/// twice (a retried request) makes one notice.
/// </summary>
public sealed class ProxyNotices(
    NoticeRepository notices, AccountRepository accounts, NotificationPreferencesRepository preferences, EmailOutbox outbox,
    DelegationWords words, TimeProvider clock)
{
    /// <summary>About the account itself, not an agency's procedure: その他.</summary>
    public const string Category = NoticeCategories.Other;

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private const string Warning = "心当たりがない場合は、すぐに代理人の設定を取り消してください。";

    public async Task TellPrincipalAsync(Delegation delegation, ProxyEvent what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        if (delegation.PrincipalId is not { } principal)
        {
            return;
        }
        var (title, body) = Text(delegation, what);
        var now = clock.GetUtcNow();
        var id = IdOf(delegation.Id, what);
        try
        {
            await notices.CreateAsync(new Notice
            {
                Id = id,
                AudienceKey = AudienceKeys.Resident(principal),
                AgencyClientId = "portal",
                SenderName = "マイナポータル",
                Audience = new NoticeAudience(NoticeAudienceKinds.Resident, ResidentAccountId: principal),
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
        var account = (await accounts.FindAsync(principal, cancellationToken))?.Document;
        if (account?.Email is not { Length: > 0 } email)
        {
            return;
        }
        var chosen = (await preferences.ReadAsync(principal, cancellationToken))?.Document
            ?? NotificationPreferences.Defaults(principal, account.NotificationsEnabled);
        if (chosen.Sends(Category, NotificationChannels.Email))
        {
            await outbox.EnqueueAsync(new EmailMessage(email, $"【マイナポータル】{title}", body, "proxy-" + what.ToString().ToLowerInvariant()), cancellationToken);
        }
    }

    private (string Title, string Body) Text(Delegation delegation, ProxyEvent what)
    {
        var proxy = delegation.ProxyName ?? delegation.Invited.Name;
        var terms = words.What(delegation);
        return what switch
        {
            ProxyEvent.Registered => ("代理人が登録されました",
                $"{proxy} さんがあなたの代理人として登録されました（{terms}）。\n\n{Warning}"),
            ProxyEvent.Revoked => ("代理人の設定を取り消しました",
                $"{proxy} さんの代理人の設定を取り消しました（{terms}）。{proxy} さんは、今後あなたの代理で操作できません。\n\n"
                + "この操作に心当たりがない場合は、操作履歴を確認し、お問い合わせ窓口にご連絡ください。"),
            _ => ("代理人が辞任しました",
                $"{proxy} さんが、あなたの代理人を辞任しました（{terms}）。今後 {proxy} さんはあなたの代理で操作できません。\n\n{Warning}"),
        };
    }

    private static string IdOf(string delegationId, ProxyEvent what) =>
        "ntc-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($"delegation\n{delegationId}\n{what}")).AsSpan(0, 12));
}
