namespace Portal.Domain.Identity.Certificates;

/// <summary>Configuration section <c>Identity:Crl</c>: where the CRLs are and how often they are fetched.</summary>
public sealed class CrlOptions
{
    public const string Section = "Identity:Crl";

    /// <summary>Folder of the CRL files, for <see cref="FileCrlSource"/> (locally the cardtool CA folder).</summary>
    public string? Folder { get; set; }

    /// <summary>Blob container holding the CRLs, for <see cref="BlobCrlSource"/>.</summary>
    public string Container { get; set; } = "crl";

    /// <summary>File or blob name of the authentication CA's CRL.</summary>
    public string AuthenticationCrl { get; set; } = "auth-ca.crl";

    /// <summary>File or blob name of the signing CA's CRL.</summary>
    public string SigningCrl { get; set; } = "sign-ca.crl";

    /// <summary>
    /// Time between fetches. Well under JPKI's CRL lifetime, so a new CRL (and a revocation) takes effect within it.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(10);

    public string NameOf(CertificatePurpose purpose) =>
        purpose == CertificatePurpose.Authentication ? AuthenticationCrl : SigningCrl;
}
