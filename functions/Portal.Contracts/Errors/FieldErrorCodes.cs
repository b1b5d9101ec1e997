namespace Portal.Contracts.Errors;

/// <summary>
/// Why an input field was refused: the <c>code</c> of each entry in a problem's <c>errors</c> (and of
/// <see cref="Forms.FieldErrorView"/>). One vocabulary for every endpoint, kebab-case like the problem type slugs; stable
/// strings clients (the bot among them) may branch on.
/// </summary>
public static class FieldErrorCodes
{
    // Any field.
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string OutOfRange = "out-of-range";
    public const string Invalid = "invalid";

    /// <summary>Not of the type the field takes (text for a number, "はい" for a yes/no).</summary>
    public const string Type = "type";

    /// <summary>A continuation (paging) token this endpoint did not issue.</summary>
    public const string InvalidContinuation = "invalid-continuation";

    // Form answers (the resident-facing message comes with the code).
    public const string Katakana = "katakana";
    public const string PostalCode = "postal-code";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Date = "date";
    public const string FutureDate = "future-date";
    public const string Option = "option";
    public const string TooFewItems = "too-few-items";
    public const string TooManyItems = "too-many-items";

    // Accounts and settings.
    public const string InvalidEmail = "invalid-email";
    public const string Unchanged = "unchanged";
    public const string NotCurrentTerms = "not-current-terms";
    public const string InvalidCode = "invalid-code";
    public const string InvalidTime = "invalid-time";
    public const string InvalidRange = "invalid-range";

    // Applications (the agency side).

    /// <summary>Not one of the status codes ("arrived", "under-review", ...).</summary>
    public const string UnknownStatus = "unknown-status";

    /// <summary>Not a day as yyyy-MM-dd.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A day outside what the field takes (わたしの情報: 1900-01-01 to 2099-12-31).</summary>
    public const string DateOutOfRange = "date-out-of-range";

    // The catalog's さがす parameters.
    public const string UnknownCategory = "unknown-category";
    public const string UnknownLifeEvent = "unknown-life-event";
    public const string NotABoolean = "not-a-boolean";

    /// <summary>A prefecture was given where a place of residence (a municipality or ward) is needed.</summary>
    public const string NotAResidence = "not-a-residence";

    // An agency's offering of a procedure.
    public const string UnknownMethod = "unknown-method";
    public const string DuplicateMethod = "duplicate-method";

    /// <summary>online for a template that cannot be done online.</summary>
    public const string NotOnlineCapable = "not-online-capable";

    /// <summary>The page is not an absolute https URL.</summary>
    public const string HttpsRequired = "https-required";

    public const string ControlCharacters = "control-characters";

    /// <summary>The procedure is processed by another level of body (a prefecture's procedure sent by a city, say).</summary>
    public const string WrongLevel = "wrong-level";

    // 公金受取口座.

    /// <summary>Not a bank code of the Zengin data.</summary>
    public const string UnknownBank = "unknown-bank";

    /// <summary>Not a branch code of that bank in the Zengin data.</summary>
    public const string UnknownBranch = "unknown-branch";

    /// <summary>Not a 預金種別 a benefit can be paid into (only 普通 and 当座).</summary>
    public const string AccountType = "account-type";

    /// <summary>Not exactly as many ASCII digits as the limit says.</summary>
    public const string Digits = "digits";

    /// <summary>A character that cannot be written in the Zengin network's kana set.</summary>
    public const string ZenginKana = "zengin-kana";
}
