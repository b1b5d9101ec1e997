using Functions.Http.Problems;
using Portal.Domain.Forms;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Forms;

/// <summary>申請フォーム: a form or version that does not exist.</summary>
public static class FormProblems
{
    public static readonly ProblemType FormNotFound = new("form-not-found", 404, "指定された申請フォームは見つかりませんでした。");

    public static void Register(ProblemMappings problems) => problems
        .Map<FormNotFoundException>((e, p) => p.Problem(FormNotFound, "手続の案内から、もう一度申請フォームを開いてください。",
            ("formId", e.FormId.Length > 100 ? e.FormId[..100] : e.FormId), ("version", e.Version)));
}
