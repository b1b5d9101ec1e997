namespace Bot.Core.Login;

/// <summary>The portal's answer to device_authorization.</summary>
/// <param name="CardRequestUri">The link the signer opens (the portal's <c>card_request_uri</c>); useless without
/// <paramref name="UserCode"/>, which only this chat shows.</param>
public sealed record DeviceAuthorizationStarted(string DeviceCode, string UserCode, Uri CardRequestUri, int ExpiresIn, int Interval);
