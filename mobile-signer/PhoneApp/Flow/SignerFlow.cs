using System.Security.Cryptography;
using MynaCard.Jpki;
using MynaCard.Transport;
using Portal.Contracts.CardRequests;

namespace PhoneApp.Flow;

/// <summary>
/// The phone's login/sign flow over any transport: the same card commands the PC signer makes
/// (<c>Signer.Cli.Cards.CardSigning</c>), so the logic is tested there. Before calling this the screens refuse an
/// untrusted portal, show <see cref="CardRequestView.Requester"/> and what for, take the code the asking screen shows
/// (the confirmation answers the view with what to sign), check the challenge against the link, and ask for the PIN(s).
/// </summary>
public sealed class SignerFlow(HttpClient http)
{
    /// <param name="signingPin">For <c>sign</c>: the signing PIN; <paramref name="authenticationPin"/> answers the
    /// authentication challenge in the same session, so the portal knows it is the submitter's card.</param>
    public async Task<CardSignatureSubmission> SignAsync(
        CardRequestView request, string authenticationPin, string? signingPin, ICardTransport nfc, CancellationToken cancellationToken)
    {
        var jpki = new JpkiApplet(new CardChannel(nfc));
        var hash = SHA256.HashData(Convert.FromBase64String(request.DataToSign!));
        await jpki.SelectAsync(cancellationToken);
        if (request.Purpose == CardRequestPurposes.Login)
        {
            var (signature, certificate) = await SignWithAsync(jpki, JpkiKey.Authentication, authenticationPin, hash, request.CertificateRequired, cancellationToken);
            return new CardSignatureSubmission(Convert.ToBase64String(signature), certificate is null ? null : Convert.ToBase64String(certificate));
        }
        var (authentication, authenticationCertificate) = await SignWithAsync(jpki, JpkiKey.Authentication, authenticationPin,
            SHA256.HashData(Convert.FromBase64String(request.AuthenticationChallenge!)), true, cancellationToken);
        var (signed, signingCertificate) = await SignWithAsync(jpki, JpkiKey.Signing, signingPin!, hash, request.CertificateRequired, cancellationToken);
        return new CardSignatureSubmission(Convert.ToBase64String(signed), signingCertificate is null ? null : Convert.ToBase64String(signingCertificate),
            Convert.ToBase64String(authentication), Convert.ToBase64String(authenticationCertificate!));
    }

    private static async Task<(byte[] Signature, byte[]? Certificate)> SignWithAsync(
        JpkiApplet jpki, JpkiKey key, string pin, byte[] hash, bool withCertificate, CancellationToken cancellationToken)
    {
        await jpki.VerifyPinAsync(key, pin, cancellationToken);
        var certificate = withCertificate
            ? await jpki.ReadCertificateAsync(key == JpkiKey.Authentication ? JpkiCertificate.Authentication : JpkiCertificate.Signing, cancellationToken)
            : null;
        return (await jpki.SignAsync(key, hash, cancellationToken), certificate);
    }

    public Task PostAsync(Uri link, CardSignatureSubmission submission, CancellationToken cancellationToken) =>
        http.PostAsync(link, System.Net.Http.Json.JsonContent.Create(submission), cancellationToken);
}
