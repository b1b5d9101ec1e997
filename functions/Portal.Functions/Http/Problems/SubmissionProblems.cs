using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Applications.Submissions;

namespace Portal.Functions.Http.Problems;

/// <summary>The Japanese wording of 電子申請の送信's problems.</summary>
internal static class SubmissionProblems
{
    /// <summary>Every field problem at once, each with the form's own Japanese message.</summary>
    public static ProblemHttpResult Invalid(ProblemMapper mapper, ApplicationInvalidException e, HttpContext http)
    {
        var errors = e.Errors.Select(error => new Dictionary<string, object?>
        {
            ["path"] = error.Path,
            ["code"] = error.Code,
            ["detail"] = error.Message,
        }).ToList();
        return mapper.Build(ProblemTypes.ApplicationInvalid, http,
            "入力内容を確認してください。" + string.Join(" ", e.Errors.Select(error => error.Message)), ("errors", errors));
    }

    /// <summary>Not online here: the resident prints the completed form and sends or brings it.</summary>
    public static ProblemHttpResult NotOnline(ProblemMapper mapper, ApplicationNotOnlineException e, HttpContext http)
    {
        var print = $"/api/me/drafts/{Uri.EscapeDataString(e.DraftId)}/print";
        return mapper.Build(ProblemTypes.ApplicationNotOnline, http,
            $"入力内容を申請書として印刷し（GET {print}）、署名のうえ郵送するか窓口にお持ちください。", ("printUrl", print));
    }
}
