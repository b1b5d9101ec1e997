using Portal.Domain.Errors;

namespace Portal.Domain.Procedures.Serving;

/// <summary>The agency's set has no offering of that procedure to delete (answered 404).</summary>
public sealed class OfferingNotFoundException(string procedureId)
    : PortalException($"The procedure '{procedureId}' is not offered by this body.")
{
    public string ProcedureId { get; } = procedureId;
}
