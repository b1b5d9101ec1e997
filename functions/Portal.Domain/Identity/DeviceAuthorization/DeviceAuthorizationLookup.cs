using Portal.Domain.Identity.CardRequests;

namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>
/// Finds a device authorization by the user code a resident typed on the device page (RFC 8628 §3.3), and says
/// whether it can still be approved; read-only.
/// </summary>
public sealed class DeviceAuthorizationLookup(
    DeviceAuthorizationRepository authorizations, CardRequestRepository cardRequests, TimeProvider clock)
{
    /// <param name="typed">As typed: case, hyphens and spaces do not matter.</param>
    public async Task<UserCodeMatch> FindAsync(string? typed, CancellationToken cancellationToken)
    {
        if (UserCodes.Normalize(typed) is not { } code)
        {
            return new UserCodeMatch(UserCodeStatus.Unknown);
        }
        var found = await authorizations.FindByUserCodeAsync(code, cancellationToken);
        if (found is null)
        {
            return new UserCodeMatch(UserCodeStatus.Unknown);
        }
        if (found.State != DeviceAuthorizationStates.Pending)
        {
            return new UserCodeMatch(UserCodeStatus.Used);
        }
        if (found.IsExpiredAt(clock.GetUtcNow()))
        {
            return new UserCodeMatch(UserCodeStatus.Expired);
        }
        var request = (await cardRequests.FindAsync(found.CardRequestId, cancellationToken))?.Document;
        return request switch
        {
            null => new UserCodeMatch(UserCodeStatus.Expired),
            { IsUsed: true } => new UserCodeMatch(UserCodeStatus.Used),
            _ => new UserCodeMatch(UserCodeStatus.Pending, found, request),
        };
    }
}
