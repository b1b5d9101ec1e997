namespace Portal.Domain.Applications.Agencies;

/// <summary>Field error codes of the application endpoints beyond the shared ones; stable strings clients may branch on.</summary>
public static class ApplicationFieldErrors
{
    /// <summary>Not one of the status codes ("arrived", "under-review", ...).</summary>
    public const string UnknownStatus = "unknown-status";

    /// <summary>Not a day as yyyy-MM-dd.</summary>
    public const string InvalidDate = "invalid-date";
}
