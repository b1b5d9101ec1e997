using Portal.Domain.Applications.Status;

namespace Portal.Domain.Applications;

/// <summary>An application not finished yet, as lists of 申請中 show it: only what names it and where it stands.</summary>
public sealed record ApplicationInProgress(
    string Id, string LocalGovernmentCode, string ProcedureId, ApplicationStatus Status, DateTimeOffset CreatedAt);
