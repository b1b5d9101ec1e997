namespace Portal.Domain.Identity.Certificates;

/// <summary>What the <see cref="CrlStore"/> did with an offered CRL.</summary>
public enum CrlOffer
{
    /// <summary>It is now the current CRL.</summary>
    Accepted,

    /// <summary>Its number is not above the current one (the same CRL again, or an older one): ignored.</summary>
    NotNewer,

    /// <summary>Unparsable, not issued or signed by the anchor, or without nextUpdate/number: ignored, the old one is kept.</summary>
    Rejected,
}
