namespace Portal.Domain.Applications.Signing;

/// <summary>The signing certificate by issuer and serial (hex), as CMS names it; never the subject (personal data).</summary>
public sealed record SignerCertificate(string Issuer, string SerialNumber);
