using Portal.Testing;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CardTool;
using MynaCard.SoftwareCard.CardFiles;
using Portal.Domain.Identity.Certificates;

namespace Portal.Domain.Tests.Identity.Certificates;

/// <summary>
/// A test JPKI made once per test class with the project's cardtool in process: the CA, an unrelated second CA, and
/// cards issued on demand (each test that revokes gets its own card, so revocations never leak between tests).
/// </summary>
public sealed class TestPki : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jpki-tests-").FullName;

    public TestPki()
    {
        Run("ca", "init", "--dir", CaFolder);
        Run("ca", "init", "--dir", OtherCaFolder);
        Card = Issue();
        Anchors = LoadAnchors(CaFolder);
    }

    public string CaFolder => Path.Combine(_folder, "ca");

    /// <summary>Another `ca init`: same names and profile, different keys — trusted by nobody here.</summary>
    public string OtherCaFolder => Path.Combine(_folder, "other-ca");

    /// <summary>A card shared by tests that do not revoke it.</summary>
    public TestCard Card { get; }

    public TrustAnchors Anchors { get; }

    public TestCard Issue(string? caFolder = null)
    {
        var file = Path.Combine(_folder, $"{Guid.NewGuid():N}.card.json");
        Run("issue", "--ca", caFolder ?? CaFolder, "--out", file, "--name", "山田 花子", "--address", "東京都千代田区霞が関2-1-2",
            "--birth", "1990-04-01", "--sex", "2", "--auth-pin", "1234", "--sign-pin", "ABC123");
        return new TestCard(file, CardFile.Load(file));
    }

    public void Revoke(TestCard card, string key = "auth") => Run("revoke", "--ca", CaFolder, "--card", card.File, "--key", key);

    public void NewCrls() => Run("crl", "--ca", CaFolder);

    public byte[] Crl(CertificatePurpose purpose, string? caFolder = null) =>
        File.ReadAllBytes(Path.Combine(caFolder ?? CaFolder, purpose == CertificatePurpose.Authentication ? "auth-ca.crl" : "sign-ca.crl"));

    /// <summary>A store holding the CA's current CRLs, as the refresher leaves it.</summary>
    public async Task<CrlStore> LoadedStoreAsync()
    {
        var store = new CrlStore(Anchors);
        await new CrlRefresher(new FileCrlSource(new CrlOptions { Folder = CaFolder }), store).RefreshAsync(CancellationToken.None);
        return store;
    }

    public static TrustAnchors LoadAnchors(string folder) =>
        new LocalTrustAnchorSource(new TrustAnchorOptions { Folder = folder }).LoadAsync(CancellationToken.None).GetAwaiter().GetResult();

    private static void Run(params string[] args) => TestCardTool.Run(args);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>One issued card file: its two certificates (DER) and their private keys.</summary>
public sealed record TestCard(string File, CardFile Card)
{
    public byte[] AuthenticationCertificate => Convert.FromBase64String(Card.Jpki.Authentication.Certificate);

    public byte[] SigningCertificate => Convert.FromBase64String(Card.Jpki.Signing.Certificate);

    public DateTimeOffset NotBefore => new(X509CertificateLoader.LoadCertificate(AuthenticationCertificate).NotBefore.ToUniversalTime());

    public DateTimeOffset NotAfter => new(X509CertificateLoader.LoadCertificate(AuthenticationCertificate).NotAfter.ToUniversalTime());

    /// <summary>What the card computes: PKCS#1 v1.5 over the SHA-256 DigestInfo of the data, with the key of <paramref name="purpose"/>.</summary>
    public byte[] Sign(CertificatePurpose purpose, byte[] data)
    {
        using var key = RSA.Create();
        var keyData = purpose == CertificatePurpose.Authentication ? Card.Jpki.Authentication : Card.Jpki.Signing;
        key.ImportPkcs8PrivateKey(Convert.FromBase64String(keyData.PrivateKey), out _);
        return key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
