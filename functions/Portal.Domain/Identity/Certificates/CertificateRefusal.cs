namespace Portal.Domain.Identity.Certificates;

/// <summary>Why a certificate or a signature was refused; the HTTP edge maps each to a problem type.</summary>
public enum CertificateRefusal
{
    /// <summary>Not one DER X.509 RSA certificate.</summary>
    Malformed,

    /// <summary>Does not chain to the purpose's anchor (also: a certificate of the other JPKI CA).</summary>
    Untrusted,

    /// <summary>Its keyUsage does not allow the purpose.</summary>
    WrongKeyUsage,

    NotYetValid,
    Expired,
    Revoked,

    /// <summary>No current CRL (none loaded, or past its nextUpdate): revocation cannot be ruled out.</summary>
    RevocationUnknown,

    /// <summary>The signature does not verify with the certificate's key.</summary>
    SignatureInvalid,

    /// <summary>A valid card, but not one the account that submitted signs in with: someone else's card.</summary>
    NotTheSubmittersCard,
}
