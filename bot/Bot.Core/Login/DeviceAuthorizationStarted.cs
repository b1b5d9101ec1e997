namespace Bot.Core.Login;

/// <summary>The portal's answer to device_authorization.</summary>
public sealed record DeviceAuthorizationStarted(string DeviceCode, string UserCode, Uri VerificationUriComplete, int ExpiresIn, int Interval);
