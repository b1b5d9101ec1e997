using System.Security.Cryptography;
using MynaCard.Jpki;
using MynaCard.Pins;
using Portal.Contracts.CardRequests;
using Signer.Cli.Cards;
using Signer.Cli.Console;
using Signer.Cli.Portal;
using Signer.Cli.Text;

namespace Signer.Cli.Commands;

/// <summary>
/// <c>login</c> and <c>sign</c>: the same exchange with a different key. The card signs SHA-256 of dataToSign; the
/// certificate is read only when the portal asks for it, so a known card logs in with the protocol's minimum of 5 APDUs.
/// </summary>
public sealed class SignatureCommand(SignerConsole console, PortalExchangeClient portal)
{
    public async Task<int> RunAsync(Arguments arguments, string purpose, CancellationToken cancellationToken)
    {
        var link = RequestLink.From(arguments);
        var request = await portal.GetAsync(link, cancellationToken);
        if (request.Purpose != purpose || request.DataToSign is null)
        {
            throw new PortalProtocolException($"The link is for '{request.Purpose}', not '{purpose}'.");
        }
        var data = Convert.FromBase64String(request.DataToSign);
        var login = purpose == CardRequestPurposes.Login;
        console.Out.WriteLine(login ? Prompts.LoginRequested(request.ClientName) : Prompts.SignatureRequested(request.ClientName));
        console.Out.WriteLine(request.Description);
        if (request.Summary is { } summary)
        {
            console.Out.WriteLine(summary);
        }

        var pin = PinEntry.Ask(console, login ? PinKind.JpkiAuthentication : PinKind.JpkiSigning);
        if (pin is null)
        {
            console.Out.WriteLine(Messages.Cancelled);
            return ExitCodes.Cancelled;
        }

        await using var card = await CardSession.OpenAsync(arguments, cancellationToken);
        var (signature, certificate) = await SignAsync(new JpkiApplet(card.Channel), login ? JpkiKey.Authentication : JpkiKey.Signing,
            pin, SHA256.HashData(data), request.CertificateRequired, cancellationToken);
        if (arguments.Flag("verbose"))
        {
            console.Out.WriteLine(CardReport.Describe(card));
        }

        await portal.PostAsync(link, new CardSignatureSubmission(Convert.ToBase64String(signature),
            certificate is null ? null : Convert.ToBase64String(certificate)), cancellationToken);
        console.Out.WriteLine(Messages.Done);
        return ExitCodes.Ok;
    }

    public static async Task<(byte[] Signature, byte[]? Certificate)> SignAsync(
        JpkiApplet jpki, JpkiKey key, string pin, byte[] hash, bool withCertificate, CancellationToken cancellationToken)
    {
        if (!withCertificate)
        {
            return (await jpki.SignWithPinAsync(key, pin, hash, cancellationToken), null);
        }
        // The signing certificate is readable only after the signing PIN: verify once, then read and sign.
        await jpki.SelectAsync(cancellationToken);
        await jpki.VerifyPinAsync(key, pin, cancellationToken);
        var certificate = await jpki.ReadCertificateAsync(
            key == JpkiKey.Authentication ? JpkiCertificate.Authentication : JpkiCertificate.Signing, cancellationToken);
        return (await jpki.SignAsync(key, hash, cancellationToken), certificate);
    }
}
