namespace Portal.Domain.Proxies.Appointing;

/// <summary>Why a delegation was declined. Stable: stored; said in words at the edge, never whose card it was.</summary>
public static class DeclineReasons
{
    /// <summary>The answering card was not the named person's (or was the starter's own, or no account's).</summary>
    public const string IdentityNotConfirmed = "identity-not-confirmed";

    /// <summary>Nobody answered the card request in time.</summary>
    public const string Expired = "expired";
}
