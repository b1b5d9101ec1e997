using System.Security.Cryptography;
using CardTool.Ca;
using CardTool.Cli;
using MynaCard.SoftwareCard.CardFiles;
using Org.BouncyCastle.X509;

namespace CardTool.Commands;

/// <summary><c>cardtool revoke</c>: puts a card's certificate serial(s) on the CA's revoked list and rewrites the CRLs.</summary>
internal static class RevokeCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TimeProvider clock)
    {
        var options = Options.Parse(args, ["ca", "card", "key"], []);
        var caDir = options.Required("ca");
        var cardFile = options.Required("card");
        var key = options.Optional("key") ?? "both";
        if (key is not ("auth" or "sign" or "both"))
        {
            throw new UsageException($"--key is auth, sign or both, not \"{key}\".");
        }
        using var ca = CaDirectory.Open(caDir);
        var card = CardFile.Load(cardFile);
        var now = CaDirectory.TruncateToSeconds(clock.GetUtcNow());
        var targets = new List<(Authority Authority, string Certificate)>();
        if (key is "auth" or "both")
        {
            targets.Add((ca.Authentication, card.Jpki.Authentication.Certificate));
        }
        if (key is "sign" or "both")
        {
            targets.Add((ca.Signing, card.Jpki.Signing.Certificate));
        }
        foreach (var (authority, certificate) in targets)
        {
            var serial = IssuedSerial(authority, certificate);
            if (authority.State.Revoked.Any(revoked => revoked.Serial == serial))
            {
                output.WriteLine($"{authority.Kind}: serial {serial} was already revoked.");
                continue;
            }
            authority.State.Revoked.Add(new RevokedCertificate { Serial = serial, RevokedAt = now });
            output.WriteLine($"{authority.Kind}: revoked serial {serial}.");
        }
        ca.WriteCrls(now, ca.State.CrlNextUpdateHours);
        output.WriteLine($"Wrote {ca.Authentication.CrlFile} (CRL {ca.Authentication.State.CrlNumber}) and {ca.Signing.CrlFile} (CRL {ca.Signing.State.CrlNumber}).");
        return ExitCodes.Ok;
    }

    /// <summary>The certificate's serial, hex; a certificate this CA did not sign is refused rather than listed.</summary>
    private static string IssuedSerial(Authority authority, string certificateBase64)
    {
        var certificate = new X509CertificateParser().ReadCertificate(Convert.FromBase64String(certificateBase64));
        var caCertificate = new X509CertificateParser().ReadCertificate(authority.Certificate.RawData);
        try
        {
            certificate.Verify(caCertificate.GetPublicKey());
        }
        catch (Exception e) when (e is Org.BouncyCastle.Security.InvalidKeyException or Org.BouncyCastle.Security.Certificates.CertificateException
            or Org.BouncyCastle.Security.SignatureException or CryptographicException)
        {
            throw new CardToolException($"The card's {authority.Kind} certificate was not issued by the CA in this folder.", e);
        }
        return Convert.ToHexString(certificate.SerialNumber.ToByteArrayUnsigned());
    }
}
