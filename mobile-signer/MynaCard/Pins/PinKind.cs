namespace MynaCard.Pins;

/// <summary>The card's PINs that the portal asks for; each has its own form and its own try counter on the card.</summary>
public enum PinKind
{
    /// <summary>利用者証明用 (login): 4 digits, 3 tries.</summary>
    JpkiAuthentication,

    /// <summary>署名用 (electronic signature): 6–16 of A–Z 0–9, 5 tries.</summary>
    JpkiSigning,

    /// <summary>券面事項入力補助用 (form prefill): 4 digits, 3 tries, a counter apart from the login PIN.</summary>
    CardInput,
}
