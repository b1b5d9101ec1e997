using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Search;

namespace Portal.Domain.Procedures.Serving;

/// <summary>One procedure, with how to apply at <paramref name="LocalGovernment"/> when one was given.</summary>
public sealed record ProcedureDetail(SearchHit Hit, LocalGovernment? LocalGovernment);
