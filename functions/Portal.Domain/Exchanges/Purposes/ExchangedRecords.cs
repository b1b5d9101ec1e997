using Portal.Domain.Information.Records;

namespace Portal.Domain.Exchanges.Purposes;

/// <summary>What one provider answered: its current records valid on the day asked (withheld ones without content).</summary>
public sealed record ExchangedRecords(ExchangeParty Provider, IReadOnlyList<InformationRecord> Records);
