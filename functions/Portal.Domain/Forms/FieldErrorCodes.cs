namespace Portal.Domain.Forms;

/// <summary>The machine-readable reasons of <see cref="FieldError"/>; clients may branch on them.</summary>
public static class FieldErrorCodes
{
    public const string Required = "required";
    public const string Katakana = "katakana";
    public const string PostalCode = "postalCode";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Date = "date";
    public const string FutureDate = "futureDate";
    public const string Option = "option";
    public const string Type = "type";
    public const string TooLong = "tooLong";
    public const string OutOfRange = "outOfRange";
    public const string TooFewItems = "tooFewItems";
    public const string TooManyItems = "tooManyItems";
    public const string Invalid = "invalid";
}
