namespace Portal.Contracts.Applications.Agencies;

/// <summary>
/// 代理人による申請: a proxy filed this revision for the applicant, under a delegation; the revision's signing
/// certificate is the proxy's own.
/// </summary>
/// <param name="Label">Always 「代理人による申請」, for the agency's screen.</param>
/// <param name="ProxyName">The proxy's name as read from their card.</param>
/// <param name="Kind">"voluntary" (任意代理人) or "legal" (法定代理人), as the delegation says.</param>
/// <param name="LegalBasis">For a 法定代理人, the basis (親権者, 未成年後見人, 成年後見人).</param>
public sealed record ProxyFilingView(
    string Label,
    string? ProxyName,
    string Kind,
    string? LegalBasis,
    IReadOnlyList<string> Services,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    string DelegationId);
