using System.Text.Json.Nodes;

namespace Portal.Contracts.Exchanges;

/// <summary>One record a provider answered; a withheld one (不開示) says only that it exists, with no data.</summary>
public sealed record ExchangedRecord(string RecordId, DateOnly ValidFrom, DateOnly? ValidTo, bool Withheld, JsonObject? Data, DateTimeOffset RecordedAt);
