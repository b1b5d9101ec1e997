namespace Portal.Contracts.Procedures;

/// <summary>GET /api/procedures/{id}: what it is, who may apply, what to bring, the fee, and how to apply at the place given.</summary>
public sealed record ProcedureDetailView(
    string Id,
    string Name,
    string Kana,
    string Summary,
    string Eligibility,
    IReadOnlyList<string> RequiredDocuments,
    string Fee,
    string Level,
    IReadOnlyList<LabeledCode> Categories,
    IReadOnlyList<LabeledCode> LifeEvents,
    bool OnlineCapable,
    bool RequiresSignature,
    OfferingView? Offering,
    LocalGovernmentView? LocalGovernment);
