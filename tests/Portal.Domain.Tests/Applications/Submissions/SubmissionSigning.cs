using MynaCard.Jpki;
using Portal.Contracts.CardRequests;
using Portal.Domain.Accounts;
using Portal.Domain.Applications.Submissions;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Tests.Identity.CardRequests;
using Portal.Domain.Tests.Identity.Certificates;

namespace Portal.Domain.Tests.Applications.Submissions;

/// <summary>
/// The signer's part: the resident types the code shown with the submission, and in one card session the
/// authentication key answers its challenge and the signing key signs the request's dataToSign. The submitting account
/// signs in with <paramref name="card"/> (made so here, as the card login would have).
/// </summary>
public static class SubmissionSigning
{
    public static async Task SignAsync(SubmissionsServices services, Submission submission, TestCard card, CertificateValidator validator)
    {
        var ct = CancellationToken.None;
        await HoldAsync(services.Accounts, submission.ResidentId, card, validator);
        var view = await services.CardRequests.ConfirmCodeAsync(submission.CardRequestId!, submission.CardRequestUserCode, ct);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Signing, Convert.FromBase64String(view.DataToSign!));
        var authentication = await CardSigner.SignAsync(card.File, JpkiKey.Authentication, Convert.FromBase64String(view.AuthenticationChallenge!));
        await services.CardRequests.CompleteWithSignatureAsync(submission.CardRequestId!, new CardSignatureSubmission(
            Convert.ToBase64String(signature), Convert.ToBase64String(card.SigningCertificate),
            Convert.ToBase64String(authentication), Convert.ToBase64String(card.AuthenticationCertificate)), ct);
    }

    /// <summary>The resident's account signs in with the card: created with it, or the card added.</summary>
    public static async Task HoldAsync(AccountRepository accounts, string accountId, TestCard card, CertificateValidator validator)
    {
        var validated = validator.Validate(card.AuthenticationCertificate, CertificatePurpose.Authentication, DateTimeOffset.UtcNow);
        var held = new AccountCertificate(validated.Issuer, validated.SerialNumber);
        var existing = await accounts.FindAsync(accountId, CancellationToken.None);
        if (existing is null)
        {
            await accounts.CreateAsync(new Account
            {
                Id = accountId, Certificates = [held], State = AccountStates.Registered, CreatedAt = DateTimeOffset.UtcNow,
            }, CancellationToken.None);
            return;
        }
        await accounts.UpdateAsync(accountId, a => a with { Certificates = [.. a.Certificates, held] }, CancellationToken.None);
    }
}
