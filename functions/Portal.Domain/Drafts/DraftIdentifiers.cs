using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Drafts;

/// <summary>The ids of drafts (<c>drf-</c>) and their attachments (<c>att-</c>): a prefix and 12 random bytes in base64url.</summary>
public static partial class DraftIdentifiers
{
    public static IdentifierFormat Draft { get; } = IdentifierFormat.Pattern("draft", DraftPattern(), id => new DraftNotFoundException(id), "drf-AbCdEfGhIjKlMnOp");

    /// <summary>An attachment of a draft: unknown ones are answered as the draft's own not-found.</summary>
    public static IdentifierFormat Attachment { get; } = IdentifierFormat.Pattern("attachment", AttachmentPattern(), id => new DraftNotFoundException(id), "att-AbCdEfGhIjKlMnOp");

    public static string NewDraftId() => "drf-" + Random();

    public static string NewAttachmentId() => "att-" + Random();

    private static string Random() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    [GeneratedRegex("^drf-[A-Za-z0-9_-]{16}$")]
    private static partial Regex DraftPattern();

    [GeneratedRegex("^att-[A-Za-z0-9_-]{16}$")]
    private static partial Regex AttachmentPattern();
}
