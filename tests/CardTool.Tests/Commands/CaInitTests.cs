using System.Security.Cryptography.X509Certificates;
using CardTool.Tests.Support;
using Org.BouncyCastle.Security;

namespace CardTool.Tests.Commands;

[Collection(PkiCollection.Name)]
public sealed class CaInitTests(Pki pki)
{
    public static TheoryData<string, string> Cas => new()
    {
        { "auth", "JPKI for user authentication" },
        { "sign", "JPKI for digital signature" },
    };

    [Theory]
    [MemberData(nameof(Cas))]
    public void RootIsASelfSignedTestCaWithCaConstraintsAndCertificateSigningKeyUsage(string kind, string purpose)
    {
        var ca = kind == "auth" ? pki.AuthCa : pki.SignCa;
        Assert.Equal(ca.Subject, ca.Issuer);
        Assert.Contains($"OU={purpose}", ca.Subject, StringComparison.Ordinal);
        Assert.Contains("O=JPKI-TEST", ca.Subject, StringComparison.Ordinal);
        Assert.Contains($"CN=TEST {purpose}", ca.Subject, StringComparison.Ordinal);
        Assert.Equal("sha256RSA", ca.SignatureAlgorithm.FriendlyName);
        Assert.Equal(2048, ca.GetRSAPublicKey()!.KeySize);
        var constraints = ca.Extensions.OfType<X509BasicConstraintsExtension>().Single();
        Assert.True(constraints.CertificateAuthority && constraints.Critical);
        var usage = ca.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.Equal(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, usage.KeyUsages);
        Assert.True(usage.Critical);
        pki.BouncyCa(kind).Verify(pki.BouncyCa(kind).GetPublicKey());
    }

    [Theory]
    [MemberData(nameof(Cas))]
    public void EachCaHasAnEmptyCrlSignedByItsKey(string kind, string purpose)
    {
        // Nothing revokes from this PKI (the revocation tests have their own): its CRLs are still the first ones.
        var crl = pki.Crl(kind);
        crl.Verify(pki.BouncyCa(kind).GetPublicKey());
        Assert.Null(crl.GetRevokedCertificates());
        Assert.Equal(1, Pki.CrlNumber(crl));
        Assert.Equal(TimeSpan.FromHours(24), crl.NextUpdate!.Value - crl.ThisUpdate);
        Assert.Contains(purpose, crl.IssuerDN.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CrlOfOneCaDoesNotVerifyWithTheOthersKey()
    {
        Assert.Throws<InvalidKeyException>(() => pki.Crl("auth").Verify(pki.BouncyCa("sign").GetPublicKey()));
    }

    [Fact]
    public void KeysAndStateAreOwnerOnlyAndCertificatesAndCrlsAreReadableByAll()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        foreach (var secret in new[] { "auth-ca.key", "sign-ca.key", "ca.json" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(pki.CaDir, secret)));
        }
        foreach (var open in new[] { "auth-ca.crt", "sign-ca.crt", "auth-ca.crl", "sign-ca.crl" })
        {
            Assert.True(File.GetUnixFileMode(Path.Combine(pki.CaDir, open)).HasFlag(UnixFileMode.OtherRead), open);
        }
    }

    [Fact]
    public void InitRefusesAFolderThatAlreadyHoldsACa()
    {
        var before = File.ReadAllText(Path.Combine(pki.CaDir, "auth-ca.key"));
        var run = Tool.Run("ca", "init", "--dir", pki.CaDir);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already holds a CA", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(pki.CaDir, "auth-ca.key")));
    }
}
