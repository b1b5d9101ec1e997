using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>A delegation's id: 128 random bits, base64url (22 characters); anything else is a delegation not found.</summary>
public static partial class DelegationIdentifiers
{
    public static IdentifierFormat Delegation { get; } =
        IdentifierFormat.Pattern("delegation", Shape(), _ => new DelegationNotFoundException(), "AbCdEfGhIjKlMnOpQrSt_-");

    [GeneratedRegex("^[A-Za-z0-9_-]{22}$")]
    private static partial Regex Shape();
}
