namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>What <see cref="DeviceAuthorizationService.StartAsync"/> hands the client (RFC 8628 §3.2, before URLs).</summary>
/// <param name="DeviceCode">The secret the client polls with (only its hash is stored).</param>
/// <param name="UserCode">XXXX-XXXX.</param>
/// <param name="CardRequestId">The login card request the signer completes.</param>
public sealed record DeviceAuthorizationStart(
    string DeviceCode, string UserCode, string CardRequestId, TimeSpan ExpiresIn, TimeSpan Interval);
