using Portal.Domain.Identity;
using Portal.Domain.Proxies;

namespace Portal.Functions.Http.Authentication;

/// <summary>The caller rules operations declare, by name.</summary>
public static class Callers
{
    public static CallerRule Anyone { get; } = new(CallerKind.Anyone, []);

    public static CallerRule Signer { get; } = new(CallerKind.Signer, []);

    public static CallerRule OAuthClient { get; } = new(CallerKind.OAuthClient, []);

    /// <summary>A resident whose token carries one of <paramref name="scopes"/> (<c>portal</c> when none is named).</summary>
    public static CallerRule Resident(params string[] scopes) =>
        new(CallerKind.Resident, scopes.Length == 0 ? [PortalScopes.Portal] : scopes);

    /// <summary>
    /// A resident with <c>portal</c>, or a proxy whose delegated token carries <paramref name="service"/> (one of
    /// <see cref="DelegatedServices"/>): what every delegable operation declares.
    /// </summary>
    public static CallerRule ResidentOrProxy(string service) => Resident(PortalScopes.Portal, service);

    /// <summary>An agency whose token carries <paramref name="scope"/>, or any agency when null.</summary>
    public static CallerRule Agency(string? scope) => new(CallerKind.Agency, scope is null ? [] : [scope]);
}
