namespace Portal.Testing.Privacy;

/// <summary>
/// The one table of what is and is not an individual number, for the portal's guard and the chatbot's detector alike
/// (xUnit <c>MemberData</c>: text, whether it holds one). 123456789018 and 202612071235 have valid check digits;
/// 123456789012 does not.
/// </summary>
public static class IndividualNumberCases
{
    private static readonly (string? Text, bool Found, string Why)[] Table =
    [
        ("123456789018", true, "plain"),
        ("987654321093", true, "plain"),
        ("111111111118", true, "plain"),
        ("000000000000", true, "all zeros (check digit 0)"),
        ("１２３４５６７８９０１８", true, "full-width digits"),
        ("１２３4５６７８9０１８", true, "full-width and ASCII mixed"),
        ("1234 5678 9018", true, "space"),
        ("1234\u30005678\u30009018", true, "ideographic space"),
        ("1234\u00A05678\u00A09018", true, "no-break space"),
        ("1234\u20095678\u20099018", true, "thin space"),
        ("1234\u202F5678\u202F9018", true, "narrow no-break space"),
        ("1234\u20025678\u20029018", true, "en space"),
        ("1234\u200B5678\u200B9018", true, "zero-width space"),
        ("1234\t5678\t9018", true, "tab"),
        ("1234-5678-9018", true, "hyphen-minus"),
        ("1234\u20105678\u20109018", true, "hyphen"),
        ("1234\u20115678\u20119018", true, "non-breaking hyphen"),
        ("1234\u20125678\u20129018", true, "figure dash"),
        ("1234\u20135678\u20139018", true, "en dash"),
        ("1234\u20145678\u20149018", true, "em dash"),
        ("1234\u20155678\u20159018", true, "horizontal bar"),
        ("1234\u22125678\u22129018", true, "minus sign"),
        ("１２３４－５６７８－９０１８", true, "full-width hyphen-minus"),
        ("1234ー5678ー9018", true, "long vowel mark typed as a hyphen"),
        ("1234ｰ5678ｰ9018", true, "half-width long vowel mark"),
        ("1234.5678.9018", true, "dots"),
        ("1234．5678．9018", true, "full-width dots"),
        ("1234・5678・9018", true, "katakana middle dots"),
        ("1234 - 5678 - 9018", true, "spaced dashes"),
        ("1234 – 5678 – 9018", true, "spaced en dashes"),
        ("1234\u00A0-\u00A05678\u00A0-\u00A09018", true, "dashes between no-break spaces"),
        ("1234 . 5678 . 9018", true, "spaced dots"),
        ("1234- 5678 -9018", true, "a space on one side of each dash"),
        ("１２３４　－　５６７８　－　９０１８", true, "full-width, spaced full-width dashes"),
        ("番号は201901011236です", true, "embedded in text"),
        ("私の番号は１２３４ ５６７８ ９０１８です", true, "embedded, full-width"),
        ("202612071235", true, "the first 12 digits of a 受付番号 alone are checked as any other"),
        ("1234 - 5678 - 9012", false, "spaced dashes, wrong check digit"),
        ("123456789017", false, "wrong check digit"),
        ("123456789010", false, "wrong check digit"),
        ("12345678901", false, "11 digits"),
        ("1123456789018", false, "13 digits"),
        ("1234567890180", false, "13 digits"),
        ("1234 5678 9018 7", false, "a 13th digit after a separator"),
        ("1234--5678-9018", false, "two marks end the run"),
        ("1234  5678  9018", false, "two spaces end the run"),
        ("1234 -- 5678 - 9018", false, "two marks end the run, spaced"),
        ("1234-5678-9012-3", false, "受付番号 (13 digits with its own check digit)"),
        ("2026-1207-1235-7", false, "受付番号 whose first 12 digits alone would pass the check"),
        ("受付番号 2026-1207-1234-5", false, "受付番号 in text"),
        ("電話 03-1234-5678", false, "phone number"),
        ("090-1234-5678", false, "mobile number"),
        ("+81 90 1234 5678", false, "international phone number, 12 digits with a wrong check digit"),
        ("〒100-0001", false, "postal code"),
        ("100-0001 東京都千代田区千代田1-1", false, "postal code and address"),
        ("2024.01.15", false, "date with dots"),
        ("1234567890123", false, "corporate number (13 digits)"),
        ("転入届を出したい", false, "no digits"),
        ("", false, "empty"),
        (null, false, "nothing"),
    ];

    /// <summary>Every row: text, whether it holds an individual number.</summary>
    public static IEnumerable<object?[]> Texts => Table.Select(row => new object?[] { row.Text, row.Found });

    /// <summary>The rows that hold one (non-empty texts), for checks that refuse.</summary>
    public static IEnumerable<object?[]> Found => Table.Where(row => row.Found).Select(row => new object?[] { row.Text });

    /// <summary>The non-empty rows that do not, for checks that must let them pass.</summary>
    public static IEnumerable<object?[]> NotFound => Table.Where(row => !row.Found && !string.IsNullOrEmpty(row.Text)).Select(row => new object?[] { row.Text });

    /// <summary>
    /// JSON bodies for the portal's guard, which also sees numbers and property names: the JSON, whether it holds one.
    /// </summary>
    public static IEnumerable<object?[]> JsonDocuments =>
    [
        ["""{"n":123456789018}""", true],
        ["""{"n":-123456789018}""", true],
        ["""{"n":1.23456789018e11}""", true],
        ["""{"n":123456789018.0}""", true],
        ["""{"n":12345678903}""", true], // 012345678903 sent as a number: the leading 0 is lost
        ["""{"123456789018":"x"}""", true],
        ["""{"a":{"１２３４ ５６７８ ９０１８":1}}""", true],
        ["""{"a":["1234 - 5678 - 9018"]}""", true],
        ["""{"n":1234567890180}""", false],
        ["""{"n":12345678901}""", false], // 012345678901: wrong check digit
        ["""{"n":123456789012}""", false],
        ["""{"children":2,"none":0,"postalCode":"100-0001","phone":"03-1234-5678","receipt":"1234-5678-9012-3","corporate":"1234567890123"}""", false],
    ];
}
