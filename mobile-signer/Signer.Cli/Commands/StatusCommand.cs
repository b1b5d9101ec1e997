using System.Security.Cryptography.X509Certificates;
using MynaCard.CardInput;
using MynaCard.Jpki;
using Signer.Cli.Cards;
using Signer.Cli.Console;

namespace Signer.Cli.Commands;

/// <summary><c>status</c>: the reader and card, tries left for each PIN (none spent), and the certificate's expiry.</summary>
public sealed class StatusCommand(SignerConsole console, TimeProvider clock)
{
    public async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        await using var card = await CardSession.OpenAsync(arguments, cancellationToken);
        console.Out.WriteLine($"カード / card: {card.Description}");

        var jpki = new JpkiApplet(card.Channel);
        await jpki.SelectAsync(cancellationToken);
        var authTries = await jpki.GetPinTriesLeftAsync(JpkiKey.Authentication, cancellationToken);
        var signTries = await jpki.GetPinTriesLeftAsync(JpkiKey.Signing, cancellationToken);
        using var certificate = X509CertificateLoader.LoadCertificate(
            await jpki.ReadCertificateAsync(JpkiCertificate.Authentication, cancellationToken));

        var cardInput = new CardInputHelperApplet(card.Channel);
        await cardInput.SelectAsync(cancellationToken);
        var cardInputTries = await cardInput.GetPinTriesLeftAsync(cancellationToken);

        console.Out.WriteLine($"利用者証明用暗証番号の残り回数 / authentication PIN tries left: {Tries(authTries)}");
        console.Out.WriteLine($"署名用暗証番号の残り回数 / signing PIN tries left: {Tries(signTries)}");
        console.Out.WriteLine($"券面事項入力補助用暗証番号の残り回数 / card-info PIN tries left: {Tries(cardInputTries)}");
        var expires = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var expired = expires < clock.GetUtcNow();
        console.Out.WriteLine($"利用者証明用電子証明書の有効期限 / authentication certificate valid until: {expires:yyyy-MM-dd}" +
            (expired ? "（期限切れ / expired）" : ""));
        console.Out.WriteLine("署名用電子証明書の有効期限は、署名の際に暗証番号を入力すると確認できます。 / The signing certificate can be read only with its PIN.");
        return ExitCodes.Ok;
    }

    private static string Tries(int tries) => tries == 0 ? "0（ロック中 / blocked）" : tries.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
