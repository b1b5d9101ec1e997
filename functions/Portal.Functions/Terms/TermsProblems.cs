using Functions.Http.Problems;
using Portal.Domain.Accounts;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Terms;

/// <summary>利用規約: a version that does not exist, or none published yet (the portal's fault: 503).</summary>
public static class TermsProblems
{
    public static readonly ProblemType TermsNotFound = new("terms-not-found", 404, "指定された版の利用規約はありません。");

    public static void Register(ProblemMappings problems) => problems
        .Map<TermsUnavailableException>((e, p) => e.Version is null
            ? p.Problem(ProblemTypes.ServiceUnavailable, null, ("dependency", "terms"))
            : p.Problem(TermsNotFound, null));
}
