namespace Portal.Domain.Applications;

/// <summary>
/// Evidence that a proxy (代理人) filed a revision for the applicant: the proxy's account and the delegation as it stood
/// when the submission started — its kind, basis, services and period. The proxy's own signing certificate is the one
/// in the revision's CMS (the card request was bound to the proxy; the applicant's card is never used).
/// </summary>
public sealed record ProxyFiling
{
    public required string ProxyId { get; init; }

    public required string DelegationId { get; init; }

    /// <summary>The proxy's name as read from their card when they accepted the delegation.</summary>
    public string? ProxyName { get; init; }

    /// <summary>One of <see cref="Proxies.ProxyKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>For a 法定代理人, one of <see cref="Proxies.LegalBases"/>.</summary>
    public string? LegalBasis { get; init; }

    public required IReadOnlyList<string> Services { get; init; }

    public required DateTimeOffset ValidFrom { get; init; }

    public required DateTimeOffset ValidUntil { get; init; }

    public static ProxyFiling Of(Proxies.Delegation delegation)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        return new ProxyFiling
        {
            ProxyId = delegation.ProxyId!,
            DelegationId = delegation.Id,
            ProxyName = delegation.ProxyName,
            Kind = delegation.Kind,
            LegalBasis = delegation.LegalBasis,
            Services = delegation.Services,
            ValidFrom = delegation.ValidFrom,
            ValidUntil = delegation.ValidUntil,
        };
    }
}
