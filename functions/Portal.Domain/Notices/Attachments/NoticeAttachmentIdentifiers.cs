using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Portal.Domain.Notices.Attachments;

/// <summary>Upload ids (<c>nat-</c>): a prefix and 12 random bytes in base64url, like notice ids.</summary>
public static partial class NoticeAttachmentIdentifiers
{
    public static string NewId() => "nat-" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    public static bool IsWellFormed(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^nat-[A-Za-z0-9_-]{16}$")]
    private static partial Regex Pattern();
}
