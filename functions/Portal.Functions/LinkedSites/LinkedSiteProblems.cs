using Functions.Http.Problems;
using Portal.Domain.ExternalSites.Links;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.LinkedSites;

/// <summary>連携中のサイト.</summary>
public static class LinkedSiteProblems
{
    public static readonly ProblemType SiteLinkNotFound = new("site-link-not-found", 404, "連携中のサイトではありません。");

    public static void Register(ProblemMappings problems) => problems
        .Map<SiteLinkNotFoundException>((_, p) => p.Problem(SiteLinkNotFound,
            "そのサイトとはつながっていないか、すでに連携を解除しています。「連携中のサイト」の一覧をもう一度確認してください。"));
}
