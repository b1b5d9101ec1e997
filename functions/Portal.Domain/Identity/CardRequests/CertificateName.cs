namespace Portal.Domain.Identity.CardRequests;

/// <summary>A certificate named as accounts hold it: issuer DN and serial number (hex).</summary>
public sealed record CertificateName(string Issuer, string SerialNumber);
