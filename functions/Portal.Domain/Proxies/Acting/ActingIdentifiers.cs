using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Proxies.Acting;

/// <summary>A delegation's id as a proxy names it in a route: 128 random bits in base64url (<see cref="Delegation.Id"/>).</summary>
public static partial class ActingIdentifiers
{
    /// <summary>Refused as not found, as any delegation the caller is not the proxy of.</summary>
    public static IdentifierFormat Delegation { get; } =
        IdentifierFormat.Pattern("delegation", DelegationPattern(), _ => new DelegationNotFoundException(), "AbCdEfGhIjKlMnOpQrStUv");

    [GeneratedRegex("^[A-Za-z0-9_-]{22}$")]
    private static partial Regex DelegationPattern();
}
