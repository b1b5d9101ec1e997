using Portal.Testing;
using CardTool;
using MynaCard.Jpki;
using MynaCard.Transport;

namespace Signer.Cli.Tests.Fakes;

/// <summary>A test CA made once per test class with the project's card tool, and fresh software cards from it.</summary>
public sealed class TestCards : IDisposable
{
    public const string AuthPin = "1234";
    public const string SignPin = "ABC123";
    public const string CardInputPin = "1234";

    private readonly string _folder = Directory.CreateTempSubdirectory("signer-tests-").FullName;

    public TestCards() => Run("ca", "init", "--dir", CaFolder);

    public string CaFolder => Path.Combine(_folder, "ca");

    /// <summary>A new card file for 山田 花子; each test gets its own, so PIN counters never leak between tests.</summary>
    public string Issue()
    {
        var file = Path.Combine(_folder, $"{Guid.NewGuid():N}.card.json");
        Run("issue", "--ca", CaFolder, "--out", file, "--name", "山田 花子", "--address", "東京都千代田区霞が関2-1-2",
            "--birth", "1990-04-01", "--sex", "2", "--auth-pin", AuthPin, "--sign-pin", SignPin);
        return file;
    }

    public static async Task<byte[]> ReadCertificateAsync(string cardFile, JpkiCertificate which)
    {
        await using var card = MynaCard.SoftwareCard.SoftwareCard.Open(cardFile);
        var jpki = new JpkiApplet(new CardChannel(card));
        await jpki.SelectAsync();
        return await jpki.ReadCertificateAsync(which);
    }

    private static void Run(params string[] args) => TestCardTool.Run(args);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
