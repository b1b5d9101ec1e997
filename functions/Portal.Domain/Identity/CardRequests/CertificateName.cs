namespace Portal.Domain.Identity.CardRequests;

/// <summary>A certificate named as accounts hold it: issuer DN and serial number (hex).</summary>
public sealed record CertificateName(string Issuer, string SerialNumber)
{
    public bool Is(string issuer, string serialNumber) =>
        string.Equals(Issuer, issuer, StringComparison.Ordinal)
        && string.Equals(SerialNumber, serialNumber, StringComparison.OrdinalIgnoreCase);
}
