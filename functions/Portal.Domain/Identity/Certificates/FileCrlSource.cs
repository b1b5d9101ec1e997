namespace Portal.Domain.Identity.Certificates;

/// <summary>The CRLs as files in a folder (<c>auth-ca.crl</c>, <c>sign-ca.crl</c>, DER, as cardtool writes them).</summary>
public sealed class FileCrlSource(CrlOptions options) : ICrlSource
{
    public async Task<byte[]?> FetchAsync(CertificatePurpose purpose, CancellationToken cancellationToken)
    {
        var folder = options.Folder
            ?? throw new InvalidOperationException($"{CrlOptions.Section}:{nameof(CrlOptions.Folder)} is not set.");
        var file = Path.Combine(folder, options.NameOf(purpose));
        return File.Exists(file) ? await File.ReadAllBytesAsync(file, cancellationToken) : null;
    }
}
