namespace Portal.Contracts.CardRequests;

/// <summary>What the portal's binding attribute in the signed attributes names: the card request and the portal's origin.</summary>
public sealed record SigningBinding(string RequestId, string Audience);
