using MynaCard.Jpki;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Tests.Identity.CardRequests;
using Portal.Domain.Tests.Identity.Certificates;

namespace Portal.Domain.Tests.Applications.Submissions;

/// <summary>The signer's part: the card signs the request's dataToSign with its signing key and the answer is posted.</summary>
public static class SubmissionSigning
{
    public static async Task SignAsync(CardRequestService cardRequests, string cardRequestId, TestCard card)
    {
        var view = await cardRequests.GetViewAsync(cardRequestId, CancellationToken.None);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Signing, Convert.FromBase64String(view.DataToSign!));
        await cardRequests.CompleteWithSignatureAsync(cardRequestId,
            new CardSignatureSubmission(Convert.ToBase64String(signature), Convert.ToBase64String(card.SigningCertificate)), CancellationToken.None);
    }
}
