namespace Portal.Contracts.Proxies;

/// <summary>
/// 代理人の設定 as one party asks for it: the other person as on their card, what the proxy may use, and the period.
/// The starter's own name is never typed: it comes from their 利用者情報 (read from their card).
/// </summary>
/// <param name="Name">The other person's name as on their card (spaces do not matter).</param>
/// <param name="DateOfBirth">The other person's date of birth, yyyy-MM-dd.</param>
/// <param name="Kind"><c>voluntary</c> (任意代理人) or <c>legal</c> (法定代理人).</param>
/// <param name="LegalBasis">For legal: <c>parental-authority</c>, <c>minor-guardian</c> or <c>adult-guardian</c>.</param>
/// <param name="Services">Among <c>applications</c>, <c>information</c>, <c>exchanges</c>, <c>notices</c>, <c>history</c>.</param>
/// <param name="InformationCategories">わたしの情報 categories; only with <c>information</c>.</param>
/// <param name="ValidFrom">The first day, yyyy-MM-dd (Japan time).</param>
/// <param name="ValidUntil">The last day, yyyy-MM-dd, inclusive.</param>
public sealed record AppointmentRequest(
    string? Name, string? DateOfBirth, string? Kind, string? LegalBasis, IReadOnlyList<string>? Services,
    IReadOnlyList<string>? InformationCategories, string? ValidFrom, string? ValidUntil);
