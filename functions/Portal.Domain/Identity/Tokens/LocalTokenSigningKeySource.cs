using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// Local runs: <c>current.pfx</c> and, after a rotation, <c>previous.pfx</c> in a folder under the run command's data
/// (git-ignored). The first start creates <c>current.pfx</c>; <see cref="Rotate"/> moves it to previous. Several hosts
/// may share the folder: every file appears by an atomic rename, so a host reloading mid-rotation never finds
/// <c>current.pfx</c> missing or half-written; deleting <c>previous.pfx</c> retires that key at the next reload.
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
            // Two hosts starting at once: the first one's key stays, so both sign with the same one.
            Write(Current, Create().Export(X509ContentType.Pkcs12), overwrite: false);
        }
        var previous = File.Exists(Previous) ? Load(Previous) : null;
        return Task.FromResult(new TokenSigningKeys(Load(Current), previous));
    }

    /// <summary>A new current key; the old current becomes previous (and the old previous is dropped).</summary>
    public void Rotate()
    {
        var next = Create().Export(X509ContentType.Pkcs12);
        if (File.Exists(Current))
        {
            // A copy, not a move: current.pfx must exist at every moment for the hosts sharing the folder.
            Write(Previous, File.ReadAllBytes(Current), overwrite: true);
        }
        Write(Current, next, overwrite: true);
    }

    private X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=portal token signing (local)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        var now = clock.GetUtcNow();
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(2));
    }

    private static void Write(string path, byte[] pkcs12, bool overwrite)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, pkcs12);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        try
        {
            File.Move(temp, path, overwrite);
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            File.Delete(temp);
        }
    }

    private static X509Certificate2 Load(string path) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password: null, X509KeyStorageFlags.EphemeralKeySet);
}
