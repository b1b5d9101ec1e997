namespace Portal.Domain.Proxies;

/// <summary>A delegation's life. Stable: stored and shown.</summary>
public static class DelegationStates
{
    /// <summary>Waiting for the other party's card.</summary>
    public const string Pending = "pending";

    /// <summary>Accepted: the proxy acts within its services and period.</summary>
    public const string Active = "active";

    /// <summary>Cancelled by the principal (alone, at once), or by the party who started it while pending.</summary>
    public const string Revoked = "revoked";

    /// <summary>The proxy stepped down (辞任).</summary>
    public const string Resigned = "resigned";

    /// <summary>Not accepted in time, or the other party declined.</summary>
    public const string Declined = "declined";

    public static readonly IReadOnlyList<string> All = [Pending, Active, Revoked, Resigned, Declined];
}
