namespace Bot.Core.Storage;

/// <summary>One container of the bot's own database: name, partition key path, and default TTL (seconds; -1 = per item).</summary>
public sealed record BotContainer(string Name, string PartitionKeyPath, int? DefaultTimeToLive = null);
