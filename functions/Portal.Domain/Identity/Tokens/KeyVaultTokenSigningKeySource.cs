using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// Azure: the token-signing certificate in Key Vault, downloaded with its private key through the managed identity.
/// Rotation is Key Vault's own (a new version); the newest enabled version signs, the one before it still validates.
/// Only enabled versions load, and <see cref="TokenSigningKeyStore"/> reloads on a schedule: a version disabled in the
/// vault stops verifying within the reload interval, on every instance, without a restart.
/// </summary>
public sealed class KeyVaultTokenSigningKeySource(Uri vaultUri, string certificateName) : ITokenSigningKeySource
{
    private readonly CertificateClient _client = new(vaultUri, new DefaultAzureCredential());

    public async Task<TokenSigningKeys> LoadAsync(CancellationToken cancellationToken)
    {
        var versions = new List<CertificateProperties>();
        await foreach (var version in _client.GetPropertiesOfCertificateVersionsAsync(certificateName, cancellationToken))
        {
            if (version.Enabled == true)
            {
                versions.Add(version);
            }
        }
        var newestFirst = versions.OrderByDescending(v => v.CreatedOn).Take(2).ToList();
        if (newestFirst.Count == 0)
        {
            throw new InvalidOperationException($"Key Vault has no enabled version of the certificate '{certificateName}'.");
        }
        var current = await DownloadAsync(newestFirst[0].Version, cancellationToken);
        var previous = newestFirst.Count > 1 ? await DownloadAsync(newestFirst[1].Version, cancellationToken) : null;
        return new TokenSigningKeys(current, previous);
    }

    private async Task<X509Certificate2> DownloadAsync(string version, CancellationToken cancellationToken) =>
        (await _client.DownloadCertificateAsync(new DownloadCertificateOptions(certificateName) { Version = version },
            cancellationToken)).Value;
}
