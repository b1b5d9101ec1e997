using Portal.Domain.Information.Records;

namespace Portal.Domain.Information.Residents;

/// <summary>
/// A category of わたしの情報 the portal itself holds (no agency records it): its current record for a resident, as
/// one record of the body <see cref="Catalogue.BodyKinds.Portal"/>, or null when there is none.
/// </summary>
public interface IPortalHeldInformation
{
    /// <summary>The category id, marked <c>portalHeld</c> in the catalogue.</summary>
    string Category { get; }

    Task<InformationRecord?> ReadAsync(string residentId, CancellationToken cancellationToken);
}
