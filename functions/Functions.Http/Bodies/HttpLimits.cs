namespace Functions.Http.Bodies;

/// <summary>How large a request body the readers accept; each app binds these from its own configuration section.</summary>
public sealed class HttpLimits
{
    /// <summary>Largest JSON request body accepted; beyond it the answer is 413. Attachments have their own limit.</summary>
    public long MaxJsonBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Largest form body (the portal's OAuth endpoints take a handful of short parameters).</summary>
    public long MaxFormBodyBytes { get; set; } = 16 * 1024;
}
