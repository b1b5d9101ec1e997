using Functions.Http.Problems;
using Portal.Domain.Clinics;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Clinics;

/// <summary>オンライン資格確認: a check that is not the caller's (unknown or another clinic's: the same answer).</summary>
public static class ClinicProblems
{
    public static readonly ProblemType NotFound = new("eligibility-check-not-found", 404, "資格確認が見つかりません。");

    public static void Register(ProblemMappings problems) => problems
        .Map<EligibilityCheckNotFoundException>((_, p) => p.Problem(NotFound,
            "この医療機関が開始した資格確認ではないか、保存期間（1日）を過ぎています。もう一度開始してください。"));
}
