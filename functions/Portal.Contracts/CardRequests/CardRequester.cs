namespace Portal.Contracts.CardRequests;

/// <summary>
/// Who asked for the card: the signer shows it before any PIN, so a request someone else started (a link sent to the
/// resident) shows a client, a device and a time the resident does not recognise.
/// </summary>
/// <param name="ClientName">The registered name of the client the request came through (e.g. the chatbot).</param>
/// <param name="DeviceKind">One of <see cref="DeviceKinds"/>; null when the client did not say.</param>
/// <param name="RequestedAt">When the request was made.</param>
public sealed record CardRequester(string ClientName, string? DeviceKind, DateTimeOffset RequestedAt);
