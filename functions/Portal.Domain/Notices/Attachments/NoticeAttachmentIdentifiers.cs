using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Notices.Attachments;

/// <summary>Upload ids (<c>nat-</c>): a prefix and 12 random bytes in base64url, like notice ids; and download links.</summary>
public static partial class NoticeAttachmentIdentifiers
{
    /// <summary>
    /// A sealed download link's shape (<see cref="NoticeAttachmentLinks"/>): base64url, no longer than the links opens.
    /// Anything else is refused at the edge with the same answer as a link that does not open.
    /// </summary>
    public static IdentifierFormat Link { get; } = IdentifierFormat.Pattern("notice attachment link", LinkPattern(),
        _ => new NoticeAttachmentLinkInvalidException(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

    public static string NewId() => "nat-" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    public static bool IsWellFormed(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^nat-[A-Za-z0-9_-]{16}$")]
    private static partial Regex Pattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{38,1024}$")]
    private static partial Regex LinkPattern();
}
