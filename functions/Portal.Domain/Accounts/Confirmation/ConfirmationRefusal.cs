namespace Portal.Domain.Accounts.Confirmation;

public enum ConfirmationRefusal
{
    /// <summary>No code was requested (or it was already used, or removed after expiry).</summary>
    NotStarted,

    /// <summary>Wrong code; the attempt was counted.</summary>
    Incorrect,

    /// <summary>Past its 10 minutes.</summary>
    Expired,

    /// <summary>Five wrong attempts: the code is dead, a new one must be requested.</summary>
    Locked,
}
