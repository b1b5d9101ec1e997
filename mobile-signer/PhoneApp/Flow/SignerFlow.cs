using System.Security.Cryptography;
using MynaCard.Jpki;
using MynaCard.Transport;
using Portal.Contracts.CardRequests;

namespace PhoneApp.Flow;

/// <summary>
/// The phone's login/sign flow over any transport: the same calls the PC signer makes, so the logic is tested there.
/// The screens show <see cref="CardRequestView.Description"/> and ask for the PIN before calling this.
/// </summary>
public sealed class SignerFlow(HttpClient http)
{
    public async Task<CardSignatureSubmission> SignAsync(
        CardRequestView request, string pin, ICardTransport nfc, CancellationToken cancellationToken)
    {
        var key = request.Purpose == CardRequestPurposes.Login ? JpkiKey.Authentication : JpkiKey.Signing;
        var jpki = new JpkiApplet(new CardChannel(nfc));
        var hash = SHA256.HashData(Convert.FromBase64String(request.DataToSign!));
        if (!request.CertificateRequired)
        {
            return new CardSignatureSubmission(Convert.ToBase64String(await jpki.SignWithPinAsync(key, pin, hash, cancellationToken)), null);
        }
        await jpki.SelectAsync(cancellationToken);
        await jpki.VerifyPinAsync(key, pin, cancellationToken);
        var certificate = await jpki.ReadCertificateAsync(
            key == JpkiKey.Authentication ? JpkiCertificate.Authentication : JpkiCertificate.Signing, cancellationToken);
        var signature = await jpki.SignAsync(key, hash, cancellationToken);
        return new CardSignatureSubmission(Convert.ToBase64String(signature), Convert.ToBase64String(certificate));
    }

    public Task PostAsync(Uri link, CardSignatureSubmission submission, CancellationToken cancellationToken) =>
        http.PostAsync(link, System.Net.Http.Json.JsonContent.Create(submission), cancellationToken);
}
