namespace Portal.Domain.Identity.CardRequests;

/// <summary>What every kind of card request is created with.</summary>
/// <param name="ClientName">The portal's name as the signer shows it before the PIN (e.g. "マイナポータル").</param>
/// <param name="Description">What for, in the resident's words.</param>
/// <param name="RequestedBy">The client the request came through and the device kind it declared: the signer shows
/// them, so a request someone else started looks like it.</param>
/// <param name="Context">What asked (see <see cref="CardRequestContext"/>).</param>
/// <param name="KnownCertificate">DER of the card's certificate when the portal already holds it: the signer then
/// does not read it (a login in 5 APDUs) and the portal verifies with this one.</param>
public sealed record NewCardRequest(
    string ClientName, string Description, RequestingClient RequestedBy, CardRequestContext? Context = null, byte[]? KnownCertificate = null);
