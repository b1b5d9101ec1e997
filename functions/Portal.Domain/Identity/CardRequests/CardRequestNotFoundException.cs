using Portal.Domain.Errors;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>No card request with that id (never made, or already removed by TTL).</summary>
public sealed class CardRequestNotFoundException(string id)
    : PortalException($"There is no card request {LogReferences.Of(id)} (a log reference: the id is a capability).")
{
    public string Id { get; } = id;
}
