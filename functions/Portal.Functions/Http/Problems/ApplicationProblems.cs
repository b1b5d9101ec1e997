using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Status;

namespace Portal.Functions.Http.Problems;

/// <summary>The Japanese wording of 電子申請's problems.</summary>
internal static class ApplicationProblems
{
    public static ProblemHttpResult SignatureRefused(ProblemMapper mapper, SignatureRefusedException e, HttpContext http) =>
        mapper.Build(ProblemTypes.ApplicationSignatureRefused, http, e.Refusal switch
        {
            SignatureRefusal.DocumentMismatch => "署名された内容が申請の内容と一致しません。申請をやり直してください。",
            SignatureRefusal.SignatureInvalid => "電子署名を確認できませんでした。申請をやり直してください。",
            _ => "電子署名の形式を確認できませんでした。申請をやり直してください。",
        }, ("reason", e.Refusal switch
        {
            SignatureRefusal.DocumentMismatch => "document-mismatch",
            SignatureRefusal.SignatureInvalid => "signature-invalid",
            SignatureRefusal.NotDetached => "not-detached",
            SignatureRefusal.UnsupportedAlgorithm => "unsupported-algorithm",
            SignatureRefusal.CertificateMissing => "certificate-missing",
            _ => "malformed",
        }));

    public static ProblemHttpResult TransitionRefused(ProblemMapper mapper, StatusTransitionRefusedException e, HttpContext http) =>
        mapper.Build(ProblemTypes.StatusTransitionRefused, http,
            $"「{ApplicationStatusLabels.Of(e.From)}」の申請を「{ApplicationStatusLabels.Of(e.To)}」にすることはできません。",
            ("from", ApplicationStatusCodes.Of(e.From)), ("to", ApplicationStatusCodes.Of(e.To)));
}
