namespace Portal.Functions.Http;

public sealed class HttpLimits
{
    public const string Section = "Http";

    /// <summary>Largest JSON request body accepted; beyond it the answer is 413. Attachments have their own limit.</summary>
    public long MaxJsonBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Largest form body (the OAuth endpoints take a handful of short parameters).</summary>
    public long MaxFormBodyBytes { get; set; } = 16 * 1024;
}
