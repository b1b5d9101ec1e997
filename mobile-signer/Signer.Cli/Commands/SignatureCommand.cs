using System.Security.Cryptography;
using MynaCard.Jpki;
using MynaCard.Pins;
using Portal.Contracts.CardRequests;
using Signer.Cli.Cards;
using Signer.Cli.Console;
using Signer.Cli.Portal;
using Signer.Cli.Requests;
using Signer.Cli.Text;

namespace Signer.Cli.Commands;

/// <summary>
/// <c>login</c> and <c>sign</c>. A login signs the challenge with the authentication key; the certificate is read only
/// when the portal asks for it, so a known card logs in with the protocol's minimum of 5 APDUs. A signature answers the
/// authentication challenge too, in the same card session, so the portal can tell it is the submitter's own card.
/// </summary>
public sealed class SignatureCommand(SignerConsole console, PortalExchangeClient portal, RequestOpener opener)
{
    public async Task<int> RunAsync(Arguments arguments, string purpose, CancellationToken cancellationToken)
    {
        var link = RequestLink.From(arguments);
        var request = await opener.OpenAsync(link, purpose, cancellationToken);
        var login = purpose == CardRequestPurposes.Login;
        // Asked before the PIN, default no: the answer decides which document the card signs (see ConsentOf).
        var consented = request?.Signing?.ConsentQuestion is { } question && request.ConsentDataToSign is not null
            && console.Confirm(Prompts.Consent(question));
        var authenticationPin = request is null ? null : PinEntry.Ask(console, PinKind.JpkiAuthentication);
        var signingPin = authenticationPin is null || login ? null : PinEntry.Ask(console, PinKind.JpkiSigning);
        if (authenticationPin is null || (!login && signingPin is null))
        {
            console.Out.WriteLine(Messages.Cancelled);
            return ExitCodes.Cancelled;
        }

        await using var card = await CardSession.OpenAsync(arguments, cancellationToken);
        var jpki = new JpkiApplet(card.Channel);
        var submission = login
            ? await LogInAsync(jpki, request!, authenticationPin, cancellationToken)
            : await SignAsync(jpki, request!, authenticationPin, signingPin!, consented, cancellationToken);
        if (arguments.Flag("verbose"))
        {
            console.Out.WriteLine(CardReport.Describe(card));
        }

        await portal.PostAsync(link, submission, cancellationToken);
        console.Out.WriteLine(Messages.Done);
        return ExitCodes.Ok;
    }

    private static async Task<CardSignatureSubmission> LogInAsync(
        JpkiApplet jpki, CardRequestView request, string pin, CancellationToken cancellationToken)
    {
        var (signature, certificate) = await CardSigning.SignAsync(jpki, JpkiKey.Authentication, pin,
            SHA256.HashData(Convert.FromBase64String(request.DataToSign!)), request.CertificateRequired, cancellationToken);
        return new CardSignatureSubmission(Convert.ToBase64String(signature), certificate is null ? null : Convert.ToBase64String(certificate));
    }

    private static async Task<CardSignatureSubmission> SignAsync(
        JpkiApplet jpki, CardRequestView request, string authenticationPin, string signingPin, bool consented, CancellationToken cancellationToken)
    {
        // The consent answer is in what the card signs: a yes signs the document that says yes, so no one can
        // change the answer afterwards without the card.
        var data = consented ? request.ConsentDataToSign! : request.DataToSign!;
        var signed = await CardSigning.SignApplicationAsync(jpki,
            authenticationPin, SHA256.HashData(Convert.FromBase64String(request.AuthenticationChallenge!)),
            signingPin, SHA256.HashData(Convert.FromBase64String(data)), request.CertificateRequired, cancellationToken);
        return new CardSignatureSubmission(Convert.ToBase64String(signed.Signature),
            signed.Certificate is null ? null : Convert.ToBase64String(signed.Certificate),
            Convert.ToBase64String(signed.AuthenticationSignature), Convert.ToBase64String(signed.AuthenticationCertificate), consented);
    }
}
