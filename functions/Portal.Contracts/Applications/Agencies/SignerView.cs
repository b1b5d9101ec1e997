namespace Portal.Contracts.Applications.Agencies;

/// <summary>The signing certificate by issuer and serial number (hex), as the CMS names it.</summary>
public sealed record SignerView(string Issuer, string SerialNumber);
