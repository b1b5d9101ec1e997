namespace Portal.Domain.Identity.Certificates;

/// <summary>The answer of the current CRL about one certificate.</summary>
public enum Revocation
{
    Good,
    Revoked,

    /// <summary>No CRL, or the CRL is past its nextUpdate and no successor came: the certificate must be refused.</summary>
    Unknown,
}
