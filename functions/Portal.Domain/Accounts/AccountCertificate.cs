namespace Portal.Domain.Accounts;

/// <summary>An authentication certificate the account signs in with: issuer DN and serial number (hex).</summary>
/// <param name="AddedAt">When it was attached (null on accounts created before this was recorded).</param>
/// <param name="NotAfter">When the certificate expires (null where it was not recorded): ホーム warns ahead of it.</param>
public sealed record AccountCertificate(string Issuer, string SerialNumber, DateTimeOffset? AddedAt = null, DateTimeOffset? NotAfter = null)
{
    /// <summary>Same card certificate, whenever it was added.</summary>
    public bool Is(string issuer, string serialNumber) =>
        string.Equals(Issuer, issuer, StringComparison.Ordinal)
        && string.Equals(SerialNumber, serialNumber, StringComparison.OrdinalIgnoreCase);
}
