namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>What a typed user code turned out to be, for the device page.</summary>
public enum UserCodeStatus
{
    /// <summary>A pending, unexpired device authorization whose card request can still be answered.</summary>
    Pending,

    /// <summary>No authorization has it (or it is not a user code at all).</summary>
    Unknown,

    Expired,

    /// <summary>Approved, denied, or its card request already answered.</summary>
    Used,
}
