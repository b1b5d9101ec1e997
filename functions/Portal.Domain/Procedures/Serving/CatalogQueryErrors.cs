namespace Portal.Domain.Procedures.Serving;

/// <summary>Why a さがす parameter was refused.</summary>
public static class CatalogQueryErrors
{
    public const string TooLong = "too-long";
    public const string UnknownCategory = "unknown-category";
    public const string UnknownLifeEvent = "unknown-life-event";
    public const string NotABoolean = "not-a-boolean";
    public const string InvalidContinuation = "invalid-continuation";

    /// <summary>A prefecture was given where a place of residence (a municipality or ward) is needed.</summary>
    public const string NotAResidence = "not-a-residence";
}
