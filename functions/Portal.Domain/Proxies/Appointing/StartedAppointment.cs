using Portal.Domain.Identity.CardRequests;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>A pending delegation and the card request the other person answers.</summary>
public sealed record StartedAppointment(Delegation Delegation, StartedCardRequest CardRequest);
