using Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.ExternalSites.Tokens;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// The external API's refusals: problem+json as everywhere, with the challenge of the site's scheme (RFC 9449 §7.1,
/// RFC 6750 §3) — a standard DPoP client reads <c>WWW-Authenticate</c> and <c>DPoP-Nonce</c>, not the body.
/// </summary>
public static class ExternalSitesProblems
{
    public static readonly ProblemType SiteTokenRefused = new("site-token-refused", 401, "連携サイトのアクセストークンまたは DPoP 証明が無効です。");

    /// <summary>The algorithms a DPoP proof may use, for the challenge's <c>algs</c>.</summary>
    private const string Algorithms = "PS256 ES256";

    public static void Register(ProblemMappings problems) => problems
        .Map<SiteTokenRefusedException>(Refused);

    private static ProblemHttpResult Refused(SiteTokenRefusedException e, ProblemContext p)
    {
        var headers = p.Http.Response.Headers;
        headers.WWWAuthenticate = $"DPoP error=\"{e.Error}\", algs=\"{Algorithms}\"";
        if (e.DpopNonce is { } nonce)
        {
            headers[DpopHeaders.Nonce] = nonce;
        }
        return e.Error == SiteTokenRefusedException.InsufficientScope
            ? p.Problem(ProblemTypes.InsufficientScope, "住民が同意していない情報の項目です。", ("error", e.Error))
            : p.Problem(SiteTokenRefused, null, ("error", e.Error));
    }
}
