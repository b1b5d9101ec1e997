using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Storage;

/// <summary>What changed in <c>procedures</c> since a change-feed position, and where to continue from.</summary>
public sealed record CatalogChanges(
    IReadOnlyList<ProcedureTemplate> Templates, IReadOnlyList<OfferingSet> OfferingSets, string Continuation)
{
    public bool IsEmpty => Templates.Count == 0 && OfferingSets.Count == 0;
}
