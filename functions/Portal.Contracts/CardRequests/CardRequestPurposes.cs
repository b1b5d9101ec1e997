namespace Portal.Contracts.CardRequests;

/// <summary>What a card request asks of the card; fixes which key (or applet) the signer uses.</summary>
public static class CardRequestPurposes
{
    /// <summary>Sign with the user-authentication key (利用者証明用, 4-digit PIN).</summary>
    public const string Login = "login";

    /// <summary>Sign with the signing key (署名用, 6–16 character PIN), for an electronic application.</summary>
    public const string Sign = "sign";

    /// <summary>Read the basic 4 items of 券面事項入力補助AP, with the resident's consent, for form prefill.</summary>
    public const string Prefill = "prefill";
}
