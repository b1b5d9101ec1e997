using Portal.Domain.Identity.CardRequests;

namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>The result of <see cref="DeviceAuthorizationLookup.FindAsync"/>; <see cref="Authorization"/> only when pending.</summary>
public sealed record UserCodeMatch(UserCodeStatus Status, DeviceAuthorization? Authorization = null, CardRequest? Request = null);
