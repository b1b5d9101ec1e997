using Portal.Domain.Identity;
using Portal.Operator.Cli;

namespace Portal.Operator.Clients;

/// <summary>
/// Which <see cref="PortalScopes"/> a kind of client may hold: agencies only the agency scopes (they act for a body,
/// never for a resident); public clients only the resident scopes (an agency scope without agency authentication
/// would let anyone act as an agency).
/// </summary>
internal static class ScopeRules
{
    public static readonly IReadOnlyList<string> Agency = [PortalScopes.AgencyProcedures, PortalScopes.AgencyApplications, PortalScopes.AgencyNotices, PortalScopes.AgencyInformation];

    public static readonly IReadOnlyList<string> Public =
        [PortalScopes.OpenId, PortalScopes.Email, PortalScopes.Portal, PortalScopes.Registration];

    public static IReadOnlyList<string> ForAgency(IReadOnlyList<string> scopes) => Require(scopes, Agency, Public, "機関クライアント");

    public static IReadOnlyList<string> ForPublicClient(IReadOnlyList<string> scopes) => Require(scopes, Public, Agency, "公開クライアント");

    private static IReadOnlyList<string> Require(
        IReadOnlyList<string> scopes, IReadOnlyList<string> allowed, IReadOnlyList<string> others, string kind)
    {
        foreach (var scope in scopes)
        {
            if (allowed.Contains(scope, StringComparer.Ordinal))
            {
                continue;
            }
            throw new UsageException(others.Contains(scope, StringComparer.Ordinal)
                ? $"--scope {scope} は{kind}には使えません（使えるのは {string.Join(", ", allowed)}）。"
                : $"--scope \"{scope}\" は不明なスコープです（{kind}に使えるのは {string.Join(", ", allowed)}）。");
        }
        return scopes;
    }
}
