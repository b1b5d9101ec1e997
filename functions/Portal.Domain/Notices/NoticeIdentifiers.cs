using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Notices;

/// <summary>Notice ids (<c>ntc-</c>): a prefix and 12 random bytes in base64url.</summary>
public static partial class NoticeIdentifiers
{
    public static IdentifierFormat Notice { get; } =
        IdentifierFormat.Pattern("notice", NoticePattern(), id => new NoticeNotFoundException(id), "ntc-AbCdEfGhIjKlMnOp");

    public static string NewNoticeId() => "ntc-" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    [GeneratedRegex("^ntc-[A-Za-z0-9_-]{16}$")]
    private static partial Regex NoticePattern();
}
