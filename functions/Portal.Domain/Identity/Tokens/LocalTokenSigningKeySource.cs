using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// Local runs: <c>current.pfx</c> and, after a rotation, <c>previous.pfx</c> in a folder under the run command's data
/// (git-ignored). The first start creates <c>current.pfx</c>; <see cref="Rotate"/> moves it to previous.
/// </summary>
public sealed class LocalTokenSigningKeySource(string folder, TimeProvider clock) : ITokenSigningKeySource
{
    private string Current => Path.Combine(folder, "current.pfx");

    private string Previous => Path.Combine(folder, "previous.pfx");

    public Task<TokenSigningKeys> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Current))
        {
            Directory.CreateDirectory(folder);
            Write(Current, Create());
        }
        var previous = File.Exists(Previous) ? Load(Previous) : null;
        return Task.FromResult(new TokenSigningKeys(Load(Current), previous));
    }

    /// <summary>A new current key; the old current becomes previous (and the old previous is dropped).</summary>
    public void Rotate()
    {
        if (File.Exists(Current))
        {
            File.Move(Current, Previous, overwrite: true);
        }
        Write(Current, Create());
    }

    private X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=portal token signing (local)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        var now = clock.GetUtcNow();
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(2));
    }

    private static void Write(string path, X509Certificate2 certificate)
    {
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, certificate.Export(X509ContentType.Pkcs12));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static X509Certificate2 Load(string path) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password: null, X509KeyStorageFlags.EphemeralKeySet);
}
