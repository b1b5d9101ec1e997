using Portal.Domain.Errors;

namespace Portal.Domain.Procedures.Serving;

/// <summary>No procedure template has that id (answered 404).</summary>
public sealed class ProcedureNotFoundException(string procedureId)
    : PortalException($"No procedure has the id '{procedureId}'.")
{
    public string ProcedureId { get; } = procedureId;
}
