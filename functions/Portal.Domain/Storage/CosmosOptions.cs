namespace Portal.Domain.Storage;

/// <summary>Where the portal database lives. Bound from the <c>Cosmos</c> configuration section.</summary>
public sealed class CosmosOptions
{
    public const string Section = "Cosmos";

    /// <summary>Account endpoint: Azure Cosmos DB in production, the local Cosmos-protocol server in development.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Account key, for the local server only. Empty in Azure, where the managed identity signs in.</summary>
    public string? Key { get; set; }

    public string Database { get; set; } = "portal";

    /// <summary>Upper bound for one call, so a dead server answers 503 instead of hanging a request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Create the database and containers at start-up (local runs); Bicep owns them in Azure.</summary>
    public bool CreateIfNotExists { get; set; }
}
