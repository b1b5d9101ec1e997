namespace Portal.Domain.Procedures.Serving;

/// <summary>How the in-memory catalog is kept. Bound from the <c>Catalog</c> configuration section.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>How often the change feed is read for agency changes (and the first load retried after a failure).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a search waits for the first load of a freshly started instance before answering 503. Serverless
    /// instances start on the request that needs them, so that request waits rather than fails.
    /// </summary>
    public TimeSpan StartupWait { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Results per page of さがす.</summary>
    public int PageSize { get; set; } = 20;
}
