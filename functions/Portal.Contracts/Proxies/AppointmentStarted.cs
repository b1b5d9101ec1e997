namespace Portal.Contracts.Proxies;

/// <summary>A pending delegation and the card request the other person answers with their own card.</summary>
public sealed record AppointmentStarted(DelegationView Delegation, AppointmentCardRequest CardRequest);
