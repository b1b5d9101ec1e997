namespace Portal.Domain.Identity.Certificates;

/// <summary>Configuration section <c>Identity:CertificateCache</c>.</summary>
public sealed class CertificateCacheOptions
{
    public const string Section = "Identity:CertificateCache";

    /// <summary>Most certificates kept; past it, expired entries go first, then arbitrary ones.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>
    /// How long a validation is reused (never past the certificate's notAfter). Bounds how long a change of the
    /// anchors takes to reach cached certificates; revocation is not affected (it is looked up on every call).
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(1);
}
