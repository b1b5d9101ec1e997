namespace Portal.Domain.Residents;

/// <summary>The reasons an input field is refused. Stable strings: clients may branch on them.</summary>
public static class FieldErrorCodes
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string InvalidEmail = "invalid-email";
    public const string Unchanged = "unchanged";
    public const string NotCurrentTerms = "not-current-terms";
    public const string InvalidCode = "invalid-code";
    public const string InvalidTime = "invalid-time";
    public const string InvalidRange = "invalid-range";
    public const string OutOfRange = "out-of-range";
    public const string InvalidContinuation = "invalid-continuation";
}
