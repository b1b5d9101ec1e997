namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// Configuration section <c>Identity:TrustAnchors</c>. Locally <see cref="Folder"/> points at a cardtool CA folder;
/// in Azure <see cref="VaultUri"/> and the certificate names select the anchors in Key Vault.
/// </summary>
public sealed class TrustAnchorOptions
{
    public const string Section = "Identity:TrustAnchors";

    /// <summary>Folder of the anchor files (PEM or DER), for <see cref="LocalTrustAnchorSource"/>.</summary>
    public string? Folder { get; set; }

    public string AuthenticationFile { get; set; } = "auth-ca.crt";

    public string SigningFile { get; set; } = "sign-ca.crt";

    /// <summary>The Key Vault (<c>https://&lt;name&gt;.vault.azure.net/</c>), for <see cref="KeyVaultTrustAnchorSource"/>.</summary>
    public Uri? VaultUri { get; set; }

    public string AuthenticationCertificateName { get; set; } = "jpki-auth-ca";

    public string SigningCertificateName { get; set; } = "jpki-sign-ca";
}
