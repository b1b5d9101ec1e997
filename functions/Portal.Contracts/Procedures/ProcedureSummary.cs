namespace Portal.Contracts.Procedures;

/// <summary>One search result: the procedure, and the offering for the searched place (null without one, or not offered there).</summary>
/// <param name="Level">"municipality", "prefecture" or "national".</param>
public sealed record ProcedureSummary(
    string Id,
    string Name,
    string Kana,
    string Summary,
    string Level,
    IReadOnlyList<LabeledCode> Categories,
    IReadOnlyList<LabeledCode> LifeEvents,
    bool OnlineCapable,
    OfferingView? Offering);
