using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Search;

/// <summary>One ranked result, with the offering that applies to the query's local government (null without one, or
/// when that body does not offer it).</summary>
/// <param name="OfferedBy">The offering set's key; <paramref name="OfferedByName"/> its body's name.</param>
public sealed record SearchHit(ProcedureTemplate Procedure, Offering? Offering, string? OfferedBy, string? OfferedByName, double Score);
