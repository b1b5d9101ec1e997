using Portal.Testing;
using CardTool;
using MynaCard.SoftwareCard.CardFiles;

namespace Portal.Functions.Tests.Identity;

/// <summary>A test JPKI made with cardtool in process (the host trusts <see cref="CaFolder"/>), and software cards from it.</summary>
public sealed class IdentityPki : IDisposable
{
    public const string AuthPin = "1234";
    public const string SignPin = "ABC123";

    private readonly string _folder = Directory.CreateTempSubdirectory("identity-http-").FullName;

    public IdentityPki()
    {
        Run("ca", "init", "--dir", CaFolder);
        Run("ca", "init", "--dir", OtherCaFolder);
        Directory.CreateDirectory(EmptyFolder);
    }

    public string CaFolder => Path.Combine(_folder, "ca");

    public string OtherCaFolder => Path.Combine(_folder, "other-ca");

    /// <summary>No CRL here: a host reading CRLs from it cannot rule out revocation.</summary>
    public string EmptyFolder => Path.Combine(_folder, "empty");

    /// <summary>A new card file (its own, so PIN counters and revocations never leak between tests).</summary>
    public string Issue(string? caFolder = null, int validDays = 1825)
    {
        var file = Path.Combine(_folder, $"{Guid.NewGuid():N}.card.json");
        Run("issue", "--ca", caFolder ?? CaFolder, "--out", file, "--name", "山田 花子", "--address", "東京都千代田区霞が関2-1-2",
            "--birth", "1990-04-01", "--sex", "2", "--auth-pin", AuthPin, "--sign-pin", SignPin, "--valid-days", validDays.ToString());
        return file;
    }

    public void Revoke(string card) => Run("revoke", "--ca", CaFolder, "--card", card, "--key", "auth");

    public static byte[] AuthenticationCertificate(string card) =>
        Convert.FromBase64String(CardFile.Load(card).Jpki.Authentication.Certificate);

    private static void Run(params string[] args) => TestCardTool.Run(args);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
