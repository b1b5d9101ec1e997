namespace Portal.Domain.Identity.CardRequests;

/// <summary>The client a card request came through (its registered name is looked up) and the device kind it declared.</summary>
/// <param name="DeviceKind">One of <c>DeviceKinds</c>, or null when not known.</param>
public sealed record RequestingClient(string ClientId, string? DeviceKind = null);
