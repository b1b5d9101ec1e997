namespace Portal.Domain.Forms;

/// <summary>How a field is entered and shown. The validator applies each kind's own rule on top of the schema.</summary>
public static class FieldKinds
{
    public const string Text = "text";
    public const string Multiline = "multiline";
    /// <summary>全角カタカナ (readings of names): full-width katakana, 長音 and spaces.</summary>
    public const string Katakana = "katakana";
    /// <summary>Stored as ISO 8601 (yyyy-MM-dd), shown in 和暦.</summary>
    public const string Date = "date";
    /// <summary>郵便番号: 7 digits, with or without the hyphen after the third.</summary>
    public const string PostalCode = "postalCode";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Number = "number";
    /// <summary>One of <see cref="FormField.Options"/>.</summary>
    public const string Select = "select";
    /// <summary>はい／いいえ, stored as a boolean.</summary>
    public const string YesNo = "yesNo";
    /// <summary>The id of an uploaded file.</summary>
    public const string Attachment = "attachment";
    /// <summary>A repeatable group (an array of items), described by <see cref="FormField.Group"/>.</summary>
    public const string Group = "group";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Text, Multiline, Katakana, Date, PostalCode, Phone, Email, Number, Select, YesNo, Attachment, Group,
    };
}
