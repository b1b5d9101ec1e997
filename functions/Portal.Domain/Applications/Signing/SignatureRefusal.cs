namespace Portal.Domain.Applications.Signing;

/// <summary>Why a signed application's CMS was refused (certificate problems are <c>CertificateRefusedException</c>).</summary>
public enum SignatureRefusal
{
    /// <summary>Not a DER CMS ContentInfo holding a SignedData with one signer and signed attributes.</summary>
    Malformed,

    /// <summary>The SignedData carries its content: the portal only takes detached signatures over its own document.</summary>
    NotDetached,

    /// <summary>A digest other than SHA-256, a signature algorithm other than RSA PKCS#1 v1.5, or content type not id-data.</summary>
    UnsupportedAlgorithm,

    /// <summary>The certificate named by the signer identifier is not in the SignedData.</summary>
    CertificateMissing,

    /// <summary>The signed messageDigest is not the SHA-256 of the canonical document: another or altered document.</summary>
    DocumentMismatch,

    /// <summary>The signature over the signed attributes does not verify with the signer's certificate.</summary>
    SignatureInvalid,
}
