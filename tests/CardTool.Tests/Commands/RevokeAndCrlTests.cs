using CardTool.Tests.Support;
using Org.BouncyCastle.Math;

namespace CardTool.Tests.Commands;

/// <summary>These change a CA, so they use their own PKI; each holds whatever order the others ran in.</summary>
[Collection(PkiCollection.Name)]
public sealed class RevokeAndCrlTests(RevocationPki pki, Pki otherPki)
{
    [Fact]
    public void RevokingTheAuthKeyListsItsSerialInTheAuthCrlSignedByTheAuthCa()
    {
        var before = Pki.CrlNumber(pki.Crl("auth"));
        var run = Tool.Ok("revoke", "--ca", pki.CaDir, "--card", pki.CardPath, "--key", "auth");
        Assert.Contains(pki.AuthCertificate.SerialNumber, run.Output, StringComparison.Ordinal);
        var crl = pki.Crl("auth");
        crl.Verify(pki.BouncyCa("auth").GetPublicKey());
        Assert.NotNull(crl.GetRevokedCertificate(Serial(pki.AuthCertificate.SerialNumber)));
        Assert.Equal(before + 1, Pki.CrlNumber(crl));
        Assert.Null(pki.Crl("sign").GetRevokedCertificate(Serial(pki.AuthCertificate.SerialNumber)));
    }

    [Fact]
    public void RevokingBothPutsEachSerialInItsOwnCaCrlAndRevokingAgainChangesNothing()
    {
        Tool.Ok("revoke", "--ca", pki.CaDir, "--card", pki.CardPath);
        var again = Tool.Ok("revoke", "--ca", pki.CaDir, "--card", pki.CardPath, "--key", "both");
        Assert.Contains("already revoked", again.Output, StringComparison.Ordinal);
        foreach (var (kind, serial) in new[] { ("auth", pki.AuthCertificate.SerialNumber), ("sign", pki.SignCertificate.SerialNumber) })
        {
            var crl = pki.Crl(kind);
            crl.Verify(pki.BouncyCa(kind).GetPublicKey());
            Assert.Single(crl.GetRevokedCertificates());
            Assert.NotNull(crl.GetRevokedCertificate(Serial(serial)));
        }
    }

    [Fact]
    public void RevokingACardOfAnotherCaFailsAndLeavesTheCrlsAlone()
    {
        var before = File.ReadAllBytes(Path.Combine(pki.CaDir, "auth-ca.crl"));
        var run = Tool.Run("revoke", "--ca", pki.CaDir, "--card", otherPki.CardPath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not issued by the CA in this folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(pki.CaDir, "auth-ca.crl")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(48)]
    [InlineData(24 * 30)]
    public void CrlNextUpdateIsAsAskedAndTheNumberGoesUp(int hours)
    {
        var before = (Pki.CrlNumber(pki.Crl("auth")), Pki.CrlNumber(pki.Crl("sign")));
        var started = DateTime.UtcNow.AddSeconds(-1);
        Tool.Ok("crl", "--ca", pki.CaDir, "--next-update-hours", hours.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (kind, number) in new[] { ("auth", before.Item1), ("sign", before.Item2) })
        {
            var crl = pki.Crl(kind);
            crl.Verify(pki.BouncyCa(kind).GetPublicKey());
            Assert.Equal(TimeSpan.FromHours(hours), crl.NextUpdate!.Value - crl.ThisUpdate);
            Assert.InRange(crl.ThisUpdate, started, DateTime.UtcNow.AddSeconds(1));
            Assert.Equal(number + 1, Pki.CrlNumber(crl));
        }
    }

    private static BigInteger Serial(string hex) => new(hex, 16);
}
