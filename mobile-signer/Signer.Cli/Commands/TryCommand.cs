using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaCard.Jpki;
using MynaCard.Pins;
using Signer.Cli.Cards;
using Signer.Cli.Console;
using Signer.Cli.Text;

namespace Signer.Cli.Commands;

/// <summary>
/// <c>try</c>: a login signature with no portal — a fresh random challenge signed with the user-authentication key and
/// checked against the card's certificate on this machine. For trying a card or a reader; nothing is sent anywhere.
/// </summary>
public sealed class TryCommand(SignerConsole console)
{
    public async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var pin = PinEntry.Ask(console, PinKind.JpkiAuthentication);
        if (pin is null)
        {
            console.Out.WriteLine(Messages.Cancelled);
            return ExitCodes.Cancelled;
        }
        await using var card = await CardSession.OpenAsync(arguments, cancellationToken);
        var jpki = new JpkiApplet(card.Channel);
        await jpki.SelectAsync(cancellationToken);
        using var certificate = X509CertificateLoader.LoadCertificate(
            await jpki.ReadCertificateAsync(JpkiCertificate.Authentication, cancellationToken));
        var challenge = RandomNumberGenerator.GetBytes(32);
        var before = card.Channel.Counters;
        var signature = await jpki.SignWithPinAsync(JpkiKey.Authentication, pin, SHA256.HashData(challenge), cancellationToken);
        var login = card.Channel.Counters - before;

        using var key = certificate.GetRSAPublicKey()!;
        var valid = key.VerifyData(challenge, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        console.Out.WriteLine(valid
            ? "ログイン用の署名を作成し、カードの電子証明書で検証できました。 / The login signature verifies against the card's certificate."
            : "署名を検証できませんでした。 / The signature does not verify.");
        console.Out.WriteLine($"証明書 / certificate: {certificate.Subject}, valid until {certificate.NotAfter:yyyy-MM-dd}");
        console.Out.WriteLine($"ログイン署名 / login signature: {login.Apdus} APDUs, {login.BytesSent} bytes sent, {login.BytesReceived} bytes received");
        return valid ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
