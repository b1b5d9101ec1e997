namespace Portal.Domain.Identity.CardRequests;

/// <summary>
/// An opaque link back to what asked for the card, e.g. ("device-authorization", its id), so that feature can find
/// the outcome; the card request itself never interprets it.
/// </summary>
public sealed record CardRequestContext(string Kind, string Id);
