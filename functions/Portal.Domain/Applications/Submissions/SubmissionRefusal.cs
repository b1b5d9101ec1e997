using Portal.Domain.Applications.Signing;
using Portal.Domain.Errors;
using Portal.Domain.Identity.Certificates;

namespace Portal.Domain.Applications.Submissions;

/// <summary>
/// Why the card's answer to a submission was refused, kept on the submission: the answer cannot change, so a client
/// asking again gets the same refusal at once, without verifying again or adding to 操作履歴.
/// </summary>
/// <param name="Kind"><see cref="SignatureKind"/> or <see cref="CertificateKind"/>.</param>
/// <param name="Reason">The refusal enum's name.</param>
public sealed record SubmissionRefusal(string Kind, string Reason)
{
    public const string SignatureKind = "signature";

    public const string CertificateKind = "certificate";

    /// <returns>The refusal to keep, or null for one that may pass later (revocation status unknown).</returns>
    public static SubmissionRefusal? Of(Exception exception) => exception switch
    {
        SignatureRefusedException e => new(SignatureKind, e.Refusal.ToString()),
        CertificateRefusedException { Refusal: not CertificateRefusal.RevocationUnknown } e => new(CertificateKind, e.Refusal.ToString()),
        _ => null,
    };

    public PortalException ToException() => Kind == SignatureKind
        ? new SignatureRefusedException(Enum.Parse<SignatureRefusal>(Reason), "refused earlier.")
        : new CertificateRefusedException(Enum.Parse<CertificateRefusal>(Reason), "refused earlier.");
}
