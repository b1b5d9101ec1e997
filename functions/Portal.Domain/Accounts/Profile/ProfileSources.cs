namespace Portal.Domain.Accounts.Profile;

/// <summary>Where a profile came from. Stable: stored and shown.</summary>
public static class ProfileSources
{
    /// <summary>The card's 券面事項入力補助AP, read by the signer through a prefill card request.</summary>
    public const string Card = "card";
}
