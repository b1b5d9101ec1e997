using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using CardTool;
using MynaCard.SoftwareCard.CardFiles;
using Portal.Domain.Identity.Certificates;

namespace Portal.Benchmarks;

/// <summary>
/// What a login costs the portal, side by side: the bare RSA-2048 PKCS#1 SHA-256 verification (baseline), the full
/// check (certificate validation with X509Chain + CRL lookup + signature), and the full check with the cache of
/// validated certificates (hash + lookup + CRL probe + signature). The test PKI is made in process with cardtool.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CertificateVerificationBenchmarks
{
    private readonly byte[] _challenge = RandomNumberGenerator.GetBytes(32);
    private string _folder = "";
    private byte[] _certificate = [];
    private byte[] _signature = [];
    private RSA _publicKey = null!;
    private CertificateValidator _uncached = null!;
    private CertificateValidator _cached = null!;
    private DateTimeOffset _now;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("jpki-bench-").FullName;
        var ca = Path.Combine(_folder, "ca");
        var cardFile = Path.Combine(_folder, "card.json");
        Run("ca", "init", "--dir", ca);
        Run("issue", "--ca", ca, "--out", cardFile, "--name", "山田 花子", "--address", "東京都千代田区霞が関2-1-2",
            "--birth", "1990-04-01", "--sex", "2", "--auth-pin", "1234", "--sign-pin", "ABC123");
        var card = CardFile.Load(cardFile);
        _certificate = Convert.FromBase64String(card.Jpki.Authentication.Certificate);
        using (var key = RSA.Create())
        {
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(card.Jpki.Authentication.PrivateKey), out _);
            _signature = key.SignData(_challenge, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        _publicKey = X509CertificateLoader.LoadCertificate(_certificate).GetRSAPublicKey()!;

        var anchors = new LocalTrustAnchorSource(new TrustAnchorOptions { Folder = ca }).LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        var crls = new CrlStore(anchors);
        new CrlRefresher(new FileCrlSource(new CrlOptions { Folder = ca }), crls).RefreshAsync(CancellationToken.None).GetAwaiter().GetResult();
        _uncached = new CertificateValidator(anchors, crls);
        _cached = new CertificateValidator(anchors, crls, new ValidatedCertificateCache(new CertificateCacheOptions()));
        _now = DateTimeOffset.UtcNow;
        if (!FullCheckWithoutCache() || !FullCheckWithCache() || !RawSignatureVerification())
        {
            throw new InvalidOperationException("The benchmark's signature does not verify.");
        }
    }

    [Benchmark(Baseline = true, Description = "raw RSA-2048 PKCS#1 SHA-256 verify")]
    public bool RawSignatureVerification() =>
        _publicKey.VerifyData(_challenge, _signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark(Description = "full check, no cache (chain + key usage + CRL + signature)")]
    public bool FullCheckWithoutCache()
    {
        var certificate = _uncached.Validate(_certificate, CertificatePurpose.Authentication, _now);
        using var key = certificate.PublicKey; // nobody else holds this uncached instance
        return _uncached.VerifySignature(certificate, _challenge, _signature);
    }

    [Benchmark(Description = "full check, validated-certificate cache (CRL + signature)")]
    public bool FullCheckWithCache()
    {
        var certificate = _cached.Validate(_certificate, CertificatePurpose.Authentication, _now);
        return _cached.VerifySignature(certificate, _challenge, _signature);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _publicKey.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static void Run(params string[] args)
    {
        var error = new StringWriter();
        if (CardToolCommands.Run(args, TextWriter.Null, error) != 0)
        {
            throw new InvalidOperationException($"cardtool {string.Join(' ', args)} failed: {error}");
        }
    }
}
