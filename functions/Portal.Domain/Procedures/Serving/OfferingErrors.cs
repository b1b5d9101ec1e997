namespace Portal.Domain.Procedures.Serving;

/// <summary>Why an offering was refused.</summary>
public static class OfferingErrors
{
    public const string Required = "required";
    public const string UnknownMethod = "unknown-method";
    public const string DuplicateMethod = "duplicate-method";

    /// <summary>online for a template that cannot be done online.</summary>
    public const string NotOnlineCapable = "not-online-capable";

    /// <summary>The page is not an absolute https URL.</summary>
    public const string HttpsRequired = "https-required";

    public const string TooLong = "too-long";
    public const string ControlCharacters = "control-characters";

    /// <summary>The procedure is processed by another level of body (a prefecture's procedure sent by a city, say).</summary>
    public const string WrongLevel = "wrong-level";
}
