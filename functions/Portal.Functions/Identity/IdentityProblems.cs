using Functions.Http.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Identity;

/// <summary>
/// Card requests and the card's certificates. The slugs are fixed by <see cref="CardRequestProblems"/>: the signer
/// branches on them.
/// </summary>
public static class IdentityProblems
{
    public static readonly ProblemType CardRequestExpired = new(CardRequestProblems.Expired, 410, "この要求は有効期限が切れています。最初からやり直してください。");
    public static readonly ProblemType CardRequestUsed = new(CardRequestProblems.AlreadyUsed, 409, "この要求はすでに使用されています。最初からやり直してください。");
    public static readonly ProblemType CardRequestWrongPurpose = new(CardRequestProblems.WrongPurpose, 422, "この要求とは異なる種類の操作が送信されました。");
    public static readonly ProblemType CertificateUntrusted = new(CardRequestProblems.UntrustedCertificate, 403, "マイナンバーカードの電子証明書を確認できませんでした。");
    public static readonly ProblemType CertificateExpired = new(CardRequestProblems.CertificateExpired, 403, "マイナンバーカードの電子証明書の有効期限が切れています。");
    public static readonly ProblemType CertificateRevoked = new(CardRequestProblems.CertificateRevoked, 403, "マイナンバーカードの電子証明書は失効しています。");
    public static readonly ProblemType SignatureInvalid = new(CardRequestProblems.BadSignature, 403, "電子署名を確認できませんでした。");
    public static readonly ProblemType CodeWrong = new(CardRequestProblems.WrongCode, 422, "コードが違います。");
    public static readonly ProblemType CodeNotConfirmed = new(CardRequestProblems.CodeNotConfirmed, 409, "コードの確認が済んでいません。");
    public static readonly ProblemType NotSubmittersCard = new(CardRequestProblems.NotSubmittersCard, 403, "申請したアカウントのマイナンバーカードではありません。");

    public static void Register(ProblemMappings problems) => problems
        .Map<CardRequestNotFoundException>((_, p) => p.Problem(ProblemTypes.NotFound, "この要求は見つかりませんでした。リンクを確認してください。"))
        .Map<CardRequestRefusedException>(CardRequestRefused)
        .Map<CertificateRefusedException>(CertificateRefused);

    private static ProblemHttpResult CardRequestRefused(CardRequestRefusedException e, ProblemContext p) => e.Refusal switch
    {
        CardRequestRefusal.Expired => p.Problem(CardRequestExpired, "有効期限（5分以内）を過ぎました。"),
        CardRequestRefusal.AlreadyUsed => p.Problem(CardRequestUsed, "この要求は一度しか使えません。"),
        CardRequestRefusal.WrongPurpose => p.Problem(CardRequestWrongPurpose, "ログイン・署名・券面事項の読み取りのうち、求められたものを送信してください。"),
        CardRequestRefusal.WrongCode => p.Problem(CodeWrong, $"操作を始めた画面に表示されたコードを入力してください。{CardRequest.MaxFailedAttempts}回間違えると、この要求は使えなくなります。"),
        CardRequestRefusal.CodeNotConfirmed => p.Problem(CodeNotConfirmed, "署名アプリで、操作を始めた画面に表示されたコードを入力してください。"),
        _ => p.Problem(ProblemTypes.BadRequest, "署名、証明書または券面事項の形式が正しくありません。"),
    };

    /// <summary>
    /// No current CRL is the portal's fault, not the resident's: a 503 (logged as a warning by the edge). The other
    /// refusals group as the signer shows them: untrusted (also malformed, wrong key usage, not yet valid), expired,
    /// revoked, bad signature.
    /// </summary>
    private static ProblemHttpResult CertificateRefused(CertificateRefusedException e, ProblemContext p) => e.Refusal switch
    {
        CertificateRefusal.Expired => p.Problem(CertificateExpired, "市区町村の窓口で電子証明書を更新してください。"),
        CertificateRefusal.Revoked => p.Problem(CertificateRevoked, "市区町村の窓口にお問い合わせください。"),
        CertificateRefusal.SignatureInvalid => p.Problem(SignatureInvalid, "もう一度最初からやり直してください。"),
        CertificateRefusal.NotTheSubmittersCard => p.Problem(NotSubmittersCard, "申請は、申請したご本人のマイナンバーカードで署名してください。"),
        CertificateRefusal.RevocationUnknown => p.Problem(ProblemTypes.ServiceUnavailable, null, ("dependency", "crl")),
        _ => p.Problem(CertificateUntrusted, "公的個人認証サービスの電子証明書であることを確認できませんでした。"),
    };
}
