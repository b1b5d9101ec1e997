namespace Portal.Domain.Applications.Status;

/// <summary>The statuses as residents and staff read them: the one place the edges take their Japanese from.</summary>
public static class ApplicationStatusLabels
{
    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Arrived => "到達",
        ApplicationStatus.Accepted => "受付",
        ApplicationStatus.UnderReview => "審査中",
        ApplicationStatus.CorrectionRequested => "補正依頼",
        ApplicationStatus.Completed => "完了",
        ApplicationStatus.Rejected => "却下",
        ApplicationStatus.Withdrawn => "取下げ",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
