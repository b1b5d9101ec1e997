using Portal.Domain.ExternalSites.Sites;
using Portal.Domain.Identity;
using Portal.Domain.Information.Catalogue;
using Portal.Operator.Cli;

namespace Portal.Operator.Clients;

/// <summary>
/// Which <see cref="PortalScopes"/> a kind of client may hold: agencies only the agency scopes (they act for a body,
/// never for a resident); public clients only the resident scopes (an agency scope without agency authentication
/// would let anyone act as an agency).
/// </summary>
internal static class ScopeRules
{
    public static readonly IReadOnlyList<string> Agency = [PortalScopes.AgencyProcedures, PortalScopes.AgencyApplications, PortalScopes.AgencyNotices, PortalScopes.AgencyInformation,
        PortalScopes.AgencyPayments];

    public static readonly IReadOnlyList<string> Public =
        [PortalScopes.OpenId, PortalScopes.Email, PortalScopes.Portal, PortalScopes.Registration];

    public static IReadOnlyList<string> ForAgency(IReadOnlyList<string> scopes) => Require(scopes, Agency, Public, "機関クライアント");

    public static IReadOnlyList<string> ForPublicClient(IReadOnlyList<string> scopes) => Require(scopes, Public, Agency, "公開クライアント");

    /// <summary>
    /// An external site: <see cref="SiteScopes"/> only (never a resident's <c>portal</c> nor an agency scope), with
    /// <c>openid</c> (a site signs residents in), the information categories from the catalogue.
    /// </summary>
    public static IReadOnlyList<string> ForSite(IReadOnlyList<string> scopes)
    {
        var catalogue = InformationCatalogue.Embedded();
        foreach (var scope in scopes)
        {
            if (!SiteScopes.IsSiteScope(scope, catalogue))
            {
                throw new UsageException(scope.StartsWith(SiteScopes.InformationPrefix, StringComparison.Ordinal)
                    ? $"--scope {scope} の分野は わたしの情報 にありません（分野の ID は GET /api/information/categories の id）。"
                    : $"--scope {scope} は外部サイトには使えません（使えるのは {string.Join(", ", SiteScopes.Fixed)}, information:<分野 ID>）。");
            }
        }
        return scopes.Contains(SiteScopes.OpenId, StringComparer.Ordinal)
            ? [.. scopes.Distinct(StringComparer.Ordinal)]
            : throw new UsageException("外部サイトの --scope には openid が必要です（サイトは住民のログインに使います）。");
    }

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
