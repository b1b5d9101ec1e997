using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Portal.Domain.Identity.Certificates;

/// <summary>The anchors from files in a folder (locally the cardtool CA folder: <c>auth-ca.crt</c>, <c>sign-ca.crt</c>).</summary>
public sealed class LocalTrustAnchorSource(TrustAnchorOptions options) : ITrustAnchorSource
{
    public async Task<TrustAnchors> LoadAsync(CancellationToken cancellationToken)
    {
        var folder = options.Folder
            ?? throw new InvalidOperationException($"{TrustAnchorOptions.Section}:{nameof(TrustAnchorOptions.Folder)} is not set.");
        var authentication = await LoadAsync(Path.Combine(folder, options.AuthenticationFile), cancellationToken);
        var signing = await LoadAsync(Path.Combine(folder, options.SigningFile), cancellationToken);
        return new TrustAnchors(authentication, signing);
    }

    /// <summary>PEM when the file says so (cardtool writes PEM), DER otherwise.</summary>
    private static async Task<X509Certificate2> LoadAsync(string file, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var text = Encoding.ASCII.GetString(bytes);
        return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(text)
            : X509CertificateLoader.LoadCertificate(bytes);
    }
}
