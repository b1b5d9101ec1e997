namespace Portal.Domain.Storage;

/// <summary>A Cosmos DB container as the code creates it locally and Bicep declares it in Azure.</summary>
/// <param name="DefaultTimeToLive">Seconds; null = TTL off, -1 = on with no default (items set their own).</param>
public sealed record ContainerDefinition(string Name, string PartitionKeyPath, int? DefaultTimeToLive = null);
