using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Identity.Sessions;

/// <summary>
/// Session ids: "ses-" and 16 random bytes in base64url. Not the refresh-token family's id, which is half of every
/// refresh token of the family: a session id is shown to the resident's clients and may be written down.
/// </summary>
public static partial class SessionIdentifiers
{
    public static IdentifierFormat Session { get; } =
        IdentifierFormat.Pattern("session", SessionPattern(), id => new SessionNotFoundException(id), "ses-AbCdEfGhIjKlMnOpQrStUv");

    public static string NewSessionId() => "ses-" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static bool IsSessionId(string? id) => id is not null && SessionPattern().IsMatch(id);

    [GeneratedRegex("^ses-[A-Za-z0-9_-]{22}$")]
    private static partial Regex SessionPattern();
}
