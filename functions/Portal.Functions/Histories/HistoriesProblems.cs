using Functions.Http.Problems;
using Portal.Domain.Histories.Trees;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Histories;

/// <summary>The problems of the published histories' data: a day without a tree.</summary>
public static class HistoriesProblems
{
    public static readonly ProblemType TreeHeadNotFound = new("tree-head-not-found", 404, "その日の署名付きツリーヘッドはありません。");

    public static void Register(ProblemMappings problems) => problems
        .Map<TreeHeadNotFoundException>((_, p) => p.Problem(TreeHeadNotFound,
            "ツリーは毎日0時過ぎ（日本時間）に作られます。日付は yyyy-MM-dd の形で指定してください。"));
}
