namespace MynaCard.SoftwareCard.CardFiles;

/// <summary>
/// How this card behaves where real cards may differ (the reference's "medium" facts). The defaults are the
/// reference's answers; change one to test a client against the other behaviour.
/// </summary>
public sealed class CardSettings
{
    /// <summary>The contact-interface ATR listed for My Number cards (reference: medium).</summary>
    public const string DefaultAtr = "3BC5FF8131FB458073C6010000";

    /// <summary>The ATR, hex (spaces allowed).</summary>
    public string Atr { get; set; } = DefaultAtr;

    /// <summary>Whether the card (and its reader) take extended-length APDUs; when false they are answered 67 00.</summary>
    public bool SupportsExtendedLength { get; set; } = true;

    /// <summary>The answer to any VERIFY once the PIN is blocked: "6984" (reference) or "6983".</summary>
    public string BlockedPinStatus { get; set; } = "6984";

    /// <summary>Whether READ BINARY of the signing certificate (JPKI EF 0001) needs the signing PIN (reference: high / medium for the SW).</summary>
    public bool SigningCertificateNeedsPin { get; set; } = true;

    /// <summary>Whether selecting an applet (also the current one again) forgets every verified PIN (reference: medium).</summary>
    public bool SecurityStateLostOnSelect { get; set; } = true;

    /// <summary>
    /// When a READ BINARY returns fewer bytes than Le asked for: false = 90 00 (default), true = 62 82 (ISO 7816-4's
    /// "end of file reached before reading Ne bytes" warning).
    /// </summary>
    public bool EndOfFileWarning { get; set; }
}
