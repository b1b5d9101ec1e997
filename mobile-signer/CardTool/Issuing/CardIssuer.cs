using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CardTool.Ca;
using CardTool.Certificates;
using MynaCard.SoftwareCard.CardFiles;

namespace CardTool.Issuing;

/// <summary>
/// Makes a new card: two RSA-2048 key pairs, the 利用者証明用 certificate from the authentication CA and the 署名用
/// certificate from the signing CA, and the card file holding both applets. Serials are taken from the CA state.
/// </summary>
public static class CardIssuer
{
    public static IssuedCard Issue(CaDirectory ca, IssueRequest request, DateTimeOffset now)
    {
        var notBefore = CaDirectory.TruncateToSeconds(now.AddMinutes(-5));
        var notAfter = CaDirectory.TruncateToSeconds(now.AddDays(request.ValidDays));
        using var authenticationKey = RSA.Create(2048);
        using var signingKey = RSA.Create(2048);
        using var authentication = IssueAuthentication(ca.Authentication, authenticationKey, request, notBefore, notAfter);
        using var signing = IssueSigning(ca.Signing, signingKey, request, notBefore, notAfter);
        var resident = request.Resident;
        var card = new CardFile
        {
            Comment = "TEST software My Number card issued by cardtool: test keys, never a real resident's card.",
            Settings = new CardSettings { SupportsExtendedLength = request.SupportsExtendedLength },
            Jpki = new JpkiData
            {
                Authentication = KeyData(authentication, ca.Authentication, authenticationKey,
                    StoredPin.Create(request.Pins.Authentication, CardPins.AuthenticationTries)),
                Signing = KeyData(signing, ca.Signing, signingKey,
                    StoredPin.Create(request.Pins.Signing, CardPins.SigningTries)),
            },
            CardInput = new CardInputData
            {
                Pin = StoredPin.Create(request.Pins.CardInput, CardPins.CardInputTries),
                Name = resident.Name,
                Address = resident.Address,
                BirthDate = resident.CardBirthDate,
                Sex = resident.Sex,
            },
        };
        return new IssuedCard(card, authentication.SerialNumber, signing.SerialNumber,
            new DateTimeOffset(authentication.NotAfter.ToUniversalTime()));
    }

    private static X509Certificate2 IssueAuthentication(Authority ca, RSA key, IssueRequest request, DateTimeOffset notBefore,
        DateTimeOffset notAfter)
    {
        var certificate = NewRequest(JpkiProfile.AuthenticationSubject(JpkiProfile.NewOpaqueId()), key,
            X509KeyUsageFlags.DigitalSignature, ca, request);
        if (request.ClientAuthEku)
        {
            certificate.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        }
        return ca.Issue(certificate, notBefore, notAfter);
    }

    private static X509Certificate2 IssueSigning(Authority ca, RSA key, IssueRequest request, DateTimeOffset notBefore,
        DateTimeOffset notAfter)
    {
        var certificate = NewRequest(JpkiProfile.SigningSubject(request.Prefecture, request.City, JpkiProfile.NewOpaqueId()), key,
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, ca, request);
        certificate.CertificateExtensions.Add(JpkiProfile.BasicFourItemsAltName(request.Resident));
        return ca.Issue(certificate, notBefore, notAfter);
    }

    /// <summary>What both certificates carry: key usage (critical), policy, issuerAltName, CRL distribution point, key ids.</summary>
    private static CertificateRequest NewRequest(X500DistinguishedName subject, RSA key, X509KeyUsageFlags usage, Authority ca,
        IssueRequest request)
    {
        var crlUrl = request.CrlBaseUrl is { } baseUrl ? CaDirectory.CrlUrl(baseUrl, ca.CrlFile) : ca.State.CrlUrl;
        var certificate = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        certificate.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        certificate.CertificateExtensions.Add(JpkiProfile.CertificatePolicies(ca.State.PolicyOid));
        certificate.CertificateExtensions.Add(JpkiProfile.IssuerAltName());
        certificate.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([crlUrl]));
        certificate.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca.Certificate, true, false));
        certificate.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(certificate.PublicKey, false));
        return certificate;
    }

    private static JpkiKeyData KeyData(X509Certificate2 certificate, Authority ca, RSA key, StoredPin pin) => new()
    {
        Certificate = Convert.ToBase64String(certificate.RawData),
        CaCertificate = Convert.ToBase64String(ca.Certificate.RawData),
        PrivateKey = Convert.ToBase64String(key.ExportPkcs8PrivateKey()),
        Pin = pin,
    };
}

/// <summary>A new card file (not yet saved) and what to tell about it.</summary>
public sealed record IssuedCard(CardFile Card, string AuthenticationSerial, string SigningSerial, DateTimeOffset NotAfter);
