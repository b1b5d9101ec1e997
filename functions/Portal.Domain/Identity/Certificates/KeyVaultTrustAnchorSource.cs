using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// The anchors from Key Vault certificates (public part only: <c>Cer</c> is the DER certificate, no key is read),
/// with the Functions app's managed identity through <see cref="DefaultAzureCredential"/>.
/// </summary>
public sealed class KeyVaultTrustAnchorSource(TrustAnchorOptions options) : ITrustAnchorSource
{
    private readonly CertificateClient _client = new(
        options.VaultUri ?? throw new InvalidOperationException($"{TrustAnchorOptions.Section}:{nameof(TrustAnchorOptions.VaultUri)} is not set."),
        new DefaultAzureCredential());

    public async Task<TrustAnchors> LoadAsync(CancellationToken cancellationToken)
    {
        var authentication = await LoadAsync(options.AuthenticationCertificateName, cancellationToken);
        var signing = await LoadAsync(options.SigningCertificateName, cancellationToken);
        return new TrustAnchors(authentication, signing);
    }

    private async Task<X509Certificate2> LoadAsync(string name, CancellationToken cancellationToken)
    {
        KeyVaultCertificateWithPolicy certificate = await _client.GetCertificateAsync(name, cancellationToken);
        return X509CertificateLoader.LoadCertificate(certificate.Cer);
    }
}
