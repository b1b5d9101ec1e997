using System.Globalization;

namespace MynaCard.SoftwareCard.CardFiles;

/// <summary>
/// What the 券面事項入力補助AP holds here: its PIN (EF 0011, 4 digits, 3 tries, its own counter) and the basic 4
/// items (EF 0002). The individual number (マイナンバー) is deliberately not part of the card file at all.
/// </summary>
public sealed class CardInputData
{
    /// <summary>The content of DF 21 (opaque to clients), hex.</summary>
    public const string DefaultHeader = "0000000000000000";

    public StoredPin Pin { get; set; } = new();

    /// <summary>The DF 21 header's bytes, hex; clients skip it.</summary>
    public string Header { get; set; } = DefaultHeader;

    /// <summary>氏名 as on the card face (UTF-8 in DF 22).</summary>
    public string Name { get; set; } = "";

    /// <summary>住所 (UTF-8 in DF 23).</summary>
    public string Address { get; set; } = "";

    /// <summary>生年月日, "YYYYMMDD" (DF 24).</summary>
    public string BirthDate { get; set; } = "";

    /// <summary>性別, ISO 5218: "1" male, "2" female, "9" not applicable (DF 25).</summary>
    public string Sex { get; set; } = "";

    internal byte[] HeaderBytes => CardFileFields.Hex(Header, "cardInput.header", allowEmpty: true);

    internal void Validate()
    {
        CardFileFields.Required(Pin, "cardInput.pin").Validate("cardInput.pin");
        _ = HeaderBytes;
        CardFileFields.Text(Name, "cardInput.name");
        CardFileFields.Text(Address, "cardInput.address");
        if (BirthDate is null || BirthDate.Length != 8 || !BirthDate.All(char.IsAsciiDigit)
            || !DateOnly.TryParseExact(BirthDate, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new CardFileException("cardInput.birthDate: not a date as YYYYMMDD.");
        }
        if (Sex is not ("1" or "2" or "9"))
        {
            throw new CardFileException("cardInput.sex: not \"1\", \"2\" or \"9\" (ISO 5218).");
        }
    }
}
