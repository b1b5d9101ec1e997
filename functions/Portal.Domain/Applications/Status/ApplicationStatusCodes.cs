namespace Portal.Domain.Applications.Status;

/// <summary>
/// The statuses as the API writes and reads them ("under-review"): stable codes clients branch on, apart from the
/// Japanese labels people read and from the enum names stored in documents.
/// </summary>
public static class ApplicationStatusCodes
{
    private static readonly Dictionary<ApplicationStatus, string> Codes = new()
    {
        [ApplicationStatus.Arrived] = "arrived",
        [ApplicationStatus.Accepted] = "accepted",
        [ApplicationStatus.UnderReview] = "under-review",
        [ApplicationStatus.CorrectionRequested] = "correction-requested",
        [ApplicationStatus.Completed] = "completed",
        [ApplicationStatus.Rejected] = "rejected",
        [ApplicationStatus.Withdrawn] = "withdrawn",
    };

    private static readonly Dictionary<string, ApplicationStatus> ByCode =
        Codes.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => Codes.Values;

    public static string Of(ApplicationStatus status) => Codes[status];

    public static bool TryParse(string? code, out ApplicationStatus status) => ByCode.TryGetValue(code ?? "", out status);
}
