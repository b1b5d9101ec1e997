using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Notices.Attachments;

/// <summary>
/// Short-lived download links for a notice's PDFs. A resident's browser, LINE's in-app browser or a PDF viewer opens a
/// link without the portal's bearer token, so the link itself carries the grant: notice, where it is stored, attachment,
/// account and expiry, sealed with AES-GCM (a forged or altered link does not open, and the URL shows no account or
/// partition to whoever sees it in a log). It lasts minutes, and the download checks again that the account can still
/// see the notice, so a withdrawn notice's link stops at once rather than at its expiry.
/// </summary>
public sealed class NoticeAttachmentLinks(ResidentRefs secrets, TimeProvider clock)
{
    public const string RoutePrefix = "/api/notice-attachments/";

    /// <summary>Long enough to tap a link after opening the notice; short enough that a shared link soon stops.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private const string Version = "1";

    private readonly Lazy<byte[]> _key = new(() => secrets.DeriveKey("notice-attachment-links"));

    /// <summary>A link for each attachment of <paramref name="notice"/>, for <paramref name="accountId"/> only.</summary>
    public IReadOnlyList<NoticeAttachmentLink> For(Notice notice, string accountId)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var expiresAt = clock.GetUtcNow() + Lifetime;
        return [.. notice.Attachments.Select(a => new NoticeAttachmentLink(a,
            RoutePrefix + Seal(new NoticeAttachmentGrant(notice.Id, notice.AudienceKey, a.Id, accountId, expiresAt)), expiresAt))];
    }

    /// <returns>The grant, or null for a link that is not ours, was altered, or has expired.</returns>
    public NoticeAttachmentGrant? Open(string? link)
    {
        if (link is null || link.Length > 1024 || !Base64Url.IsValid(link))
        {
            return null;
        }
        var sealedBytes = Base64Url.DecodeFromChars(link);
        if (sealedBytes.Length < 12 + 16)
        {
            return null;
        }
        var plain = new byte[sealedBytes.Length - 12 - 16];
        try
        {
            using var aes = new AesGcm(_key.Value, 16);
            aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(12, plain.Length), sealedBytes.AsSpan(12 + plain.Length), plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        var parts = Encoding.UTF8.GetString(plain).Split('\n');
        if (parts is not [Version, var noticeId, var audienceKey, var attachmentId, var accountId, var expires]
            || !long.TryParse(expires, out var seconds))
        {
            return null;
        }
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return expiresAt > clock.GetUtcNow() ? new NoticeAttachmentGrant(noticeId, audienceKey, attachmentId, accountId, expiresAt) : null;
    }

    private string Seal(NoticeAttachmentGrant grant)
    {
        var plain = Encoding.UTF8.GetBytes(string.Join('\n', Version, grant.NoticeId, grant.AudienceKey, grant.AttachmentId, grant.AccountId,
            grant.ExpiresAt.ToUnixTimeSeconds()));
        var sealedBytes = new byte[12 + plain.Length + 16];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, 12));
        using var aes = new AesGcm(_key.Value, 16);
        aes.Encrypt(sealedBytes.AsSpan(0, 12), plain, sealedBytes.AsSpan(12, plain.Length), sealedBytes.AsSpan(12 + plain.Length));
        return Base64Url.EncodeToString(sealedBytes);
    }
}
